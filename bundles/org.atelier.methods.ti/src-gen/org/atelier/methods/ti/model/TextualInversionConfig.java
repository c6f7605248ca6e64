/**
 */
package org.atelier.methods.ti.model;

import org.atelier.core.model.SavesEmbedding;

import org.atelier.training.model.TrainingConfig;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Config</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Textual inversion: the new word, its vectors, the text it starts from, the template of its captions, and what it writes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atelier.methods.ti.model.TextualInversionConfig#getToken <em>Token</em>}</li>
 *   <li>{@link org.atelier.methods.ti.model.TextualInversionConfig#getInitText <em>Init Text</em>}</li>
 *   <li>{@link org.atelier.methods.ti.model.TextualInversionConfig#getVectors <em>Vectors</em>}</li>
 *   <li>{@link org.atelier.methods.ti.model.TextualInversionConfig#getInitEmbedding <em>Init Embedding</em>}</li>
 *   <li>{@link org.atelier.methods.ti.model.TextualInversionConfig#getTemplate <em>Template</em>}</li>
 *   <li>{@link org.atelier.methods.ti.model.TextualInversionConfig#getTemplateFile <em>Template File</em>}</li>
 * </ul>
 *
 * @see org.atelier.methods.ti.model.TextualInversionPackage#getTextualInversionConfig()
 * @model annotation="http://atelier.org/ui defaults='learningRate=5e-3; weightDecay=0; steps=1000'"
 * @generated
 */
public interface TextualInversionConfig extends TrainingConfig, SavesEmbedding {
	/**
	 * Returns the value of the '<em><b>Token</b></em>' attribute.
	 * The default value is <code>"<concept>"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Token</em>' attribute.
	 * @see #setToken(String)
	 * @see org.atelier.methods.ti.model.TextualInversionPackage#getTextualInversionConfig_Token()
	 * @model default="&lt;concept&gt;"
	 *        annotation="http://atelier.org/ui required='true' group='Embedding' label='Token' help='The word that will stand for the concept in prompts (and the embedding\'s file name); not a word of the vocabulary. Several words separated by commas train one per dataset, in the experiment\'s order, each saved as an embedding of its own.'"
	 * @generated
	 */
	String getToken();

	/**
	 * Sets the value of the '{@link org.atelier.methods.ti.model.TextualInversionConfig#getToken <em>Token</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Token</em>' attribute.
	 * @see #getToken()
	 * @generated
	 */
	void setToken(String value);

	/**
	 * Returns the value of the '<em><b>Init Text</b></em>' attribute.
	 * The default value is <code>"*"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Init Text</em>' attribute.
	 * @see #setInitText(String)
	 * @see org.atelier.methods.ti.model.TextualInversionPackage#getTextualInversionConfig_InitText()
	 * @model default="*"
	 *        annotation="http://atelier.org/ui group='Embedding' label='Initial text' help='The vectors start as this text\'s token vectors (repeated to fill them); empty: zeros.'"
	 * @generated
	 */
	String getInitText();

	/**
	 * Sets the value of the '{@link org.atelier.methods.ti.model.TextualInversionConfig#getInitText <em>Init Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Init Text</em>' attribute.
	 * @see #getInitText()
	 * @generated
	 */
	void setInitText(String value);

	/**
	 * Returns the value of the '<em><b>Vectors</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vectors</em>' attribute.
	 * @see #setVectors(int)
	 * @see org.atelier.methods.ti.model.TextualInversionPackage#getTextualInversionConfig_Vectors()
	 * @model default="1"
	 *        annotation="http://atelier.org/ui group='Embedding' label='Vectors per token' min='1' max='75' help='How many token vectors the word stands for.'"
	 * @generated
	 */
	int getVectors();

	/**
	 * Sets the value of the '{@link org.atelier.methods.ti.model.TextualInversionConfig#getVectors <em>Vectors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vectors</em>' attribute.
	 * @see #getVectors()
	 * @generated
	 */
	void setVectors(int value);

	/**
	 * Returns the value of the '<em><b>Init Embedding</b></em>' attribute.
	 * The default value is <code>""</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Init Embedding</em>' attribute.
	 * @see #setInitEmbedding(String)
	 * @see org.atelier.methods.ti.model.TextualInversionPackage#getTextualInversionConfig_InitEmbedding()
	 * @model default=""
	 *        annotation="http://atelier.org/ui group='Embedding' label='Continue from' help='An embedding file to train further (AUTOMATIC1111\'s .pt, kohya\'s or diffusers\' safetensors; a path in the project, or absolute): its vectors are where training starts, and their number the word\'s (the initial text and the vector count are then not used). Empty: a new embedding.'"
	 * @generated
	 */
	String getInitEmbedding();

	/**
	 * Sets the value of the '{@link org.atelier.methods.ti.model.TextualInversionConfig#getInitEmbedding <em>Init Embedding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Init Embedding</em>' attribute.
	 * @see #getInitEmbedding()
	 * @generated
	 */
	void setInitEmbedding(String value);

	/**
	 * Returns the value of the '<em><b>Template</b></em>' attribute.
	 * The default value is <code>"a photo of [name], [filewords]"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Template</em>' attribute.
	 * @see #setTemplate(String)
	 * @see org.atelier.methods.ti.model.TextualInversionPackage#getTextualInversionConfig_Template()
	 * @model default="a photo of [name], [filewords]"
	 *        annotation="http://atelier.org/ui group='Embedding' label='Caption template' help='What a step trains on, as AUTOMATIC1111\'s templates: [name] is the token, [filewords] the image\'s caption (processed as the dataset says).'"
	 * @generated
	 */
	String getTemplate();

	/**
	 * Sets the value of the '{@link org.atelier.methods.ti.model.TextualInversionConfig#getTemplate <em>Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template</em>' attribute.
	 * @see #getTemplate()
	 * @generated
	 */
	void setTemplate(String value);

	/**
	 * Returns the value of the '<em><b>Template File</b></em>' attribute.
	 * The default value is <code>""</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Template File</em>' attribute.
	 * @see #setTemplateFile(String)
	 * @see org.atelier.methods.ti.model.TextualInversionPackage#getTextualInversionConfig_TemplateFile()
	 * @model default=""
	 *        annotation="http://atelier.org/ui group='Embedding' label='Template file' help='A file of caption templates, one a line, as AUTOMATIC1111\'s textual_inversion_templates (a path in the project, or absolute; or one that comes with Atelier, by name: subject, subject_filewords, style, style_filewords, none, as AUTOMATIC1111 names them, or object, diffusers\' list): a line drawn for each image at each step. Empty: the caption template above.'"
	 * @generated
	 */
	String getTemplateFile();

	/**
	 * Sets the value of the '{@link org.atelier.methods.ti.model.TextualInversionConfig#getTemplateFile <em>Template File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template File</em>' attribute.
	 * @see #getTemplateFile()
	 * @generated
	 */
	void setTemplateFile(String value);

} // TextualInversionConfig
