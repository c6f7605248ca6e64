/**
 */
package org.atelier.methods.dreamartist.model;

import org.atelier.core.model.SavesEmbedding;

import org.atelier.training.model.TrainingConfig;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Config</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Dream Artist: a positive and a negative embedding trained together on the guided prediction, as its AUTOMATIC1111 extension trains them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atelier.methods.dreamartist.model.DreamArtistConfig#getToken <em>Token</em>}</li>
 *   <li>{@link org.atelier.methods.dreamartist.model.DreamArtistConfig#getInitText <em>Init Text</em>}</li>
 *   <li>{@link org.atelier.methods.dreamartist.model.DreamArtistConfig#getVectors <em>Vectors</em>}</li>
 *   <li>{@link org.atelier.methods.dreamartist.model.DreamArtistConfig#getNegativeInitText <em>Negative Init Text</em>}</li>
 *   <li>{@link org.atelier.methods.dreamartist.model.DreamArtistConfig#getNegativeVectors <em>Negative Vectors</em>}</li>
 *   <li>{@link org.atelier.methods.dreamartist.model.DreamArtistConfig#getNegativeLrWeight <em>Negative Lr Weight</em>}</li>
 *   <li>{@link org.atelier.methods.dreamartist.model.DreamArtistConfig#getCfgScale <em>Cfg Scale</em>}</li>
 *   <li>{@link org.atelier.methods.dreamartist.model.DreamArtistConfig#isReconstruction <em>Reconstruction</em>}</li>
 *   <li>{@link org.atelier.methods.dreamartist.model.DreamArtistConfig#getReconstructionWeight <em>Reconstruction Weight</em>}</li>
 *   <li>{@link org.atelier.methods.dreamartist.model.DreamArtistConfig#getTemplate <em>Template</em>}</li>
 *   <li>{@link org.atelier.methods.dreamartist.model.DreamArtistConfig#getTemplateFile <em>Template File</em>}</li>
 * </ul>
 *
 * @see org.atelier.methods.dreamartist.model.DreamArtistPackage#getDreamArtistConfig()
 * @model annotation="http://atelier.org/ui defaults='learningRate=3e-3; weightDecay=0.01; steps=8000; outputFormat=A1111_PT' unetPasses='2'"
 * @generated
 */
public interface DreamArtistConfig extends TrainingConfig, SavesEmbedding {
	/**
	 * Returns the value of the '<em><b>Token</b></em>' attribute.
	 * The default value is <code>"<artist>"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Token</em>' attribute.
	 * @see #setToken(String)
	 * @see org.atelier.methods.dreamartist.model.DreamArtistPackage#getDreamArtistConfig_Token()
	 * @model default="&lt;artist&gt;"
	 *        annotation="http://atelier.org/ui required='true' group='Embeddings' label='Token' help='The positive embedding\'s word (and file name), for prompts; the negative one is this word with -neg after it, for negative prompts. Neither may be a word of the vocabulary.'"
	 * @generated
	 */
	String getToken();

	/**
	 * Sets the value of the '{@link org.atelier.methods.dreamartist.model.DreamArtistConfig#getToken <em>Token</em>}' attribute.
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
	 * @see org.atelier.methods.dreamartist.model.DreamArtistPackage#getDreamArtistConfig_InitText()
	 * @model default="*"
	 *        annotation="http://atelier.org/ui group='Embeddings' label='Initial text' help='The positive vectors start as this text\'s token vectors (spread over them as AUTOMATIC1111 does); empty: zeros.'"
	 * @generated
	 */
	String getInitText();

	/**
	 * Sets the value of the '{@link org.atelier.methods.dreamartist.model.DreamArtistConfig#getInitText <em>Init Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Init Text</em>' attribute.
	 * @see #getInitText()
	 * @generated
	 */
	void setInitText(String value);

	/**
	 * Returns the value of the '<em><b>Vectors</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vectors</em>' attribute.
	 * @see #setVectors(int)
	 * @see org.atelier.methods.dreamartist.model.DreamArtistPackage#getDreamArtistConfig_Vectors()
	 * @model default="3"
	 *        annotation="http://atelier.org/ui group='Embeddings' label='Vectors' min='1' max='75' help='How many token vectors the positive word stands for (the extension\'s default: 3).'"
	 * @generated
	 */
	int getVectors();

	/**
	 * Sets the value of the '{@link org.atelier.methods.dreamartist.model.DreamArtistConfig#getVectors <em>Vectors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vectors</em>' attribute.
	 * @see #getVectors()
	 * @generated
	 */
	void setVectors(int value);

	/**
	 * Returns the value of the '<em><b>Negative Init Text</b></em>' attribute.
	 * The default value is <code>"*"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Negative Init Text</em>' attribute.
	 * @see #setNegativeInitText(String)
	 * @see org.atelier.methods.dreamartist.model.DreamArtistPackage#getDreamArtistConfig_NegativeInitText()
	 * @model default="*"
	 *        annotation="http://atelier.org/ui group='Embeddings' label='Negative initial text' help='The negative vectors start as this text\'s token vectors; empty: zeros.'"
	 * @generated
	 */
	String getNegativeInitText();

	/**
	 * Sets the value of the '{@link org.atelier.methods.dreamartist.model.DreamArtistConfig#getNegativeInitText <em>Negative Init Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Negative Init Text</em>' attribute.
	 * @see #getNegativeInitText()
	 * @generated
	 */
	void setNegativeInitText(String value);

	/**
	 * Returns the value of the '<em><b>Negative Vectors</b></em>' attribute.
	 * The default value is <code>"6"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Negative Vectors</em>' attribute.
	 * @see #setNegativeVectors(int)
	 * @see org.atelier.methods.dreamartist.model.DreamArtistPackage#getDreamArtistConfig_NegativeVectors()
	 * @model default="6"
	 *        annotation="http://atelier.org/ui group='Embeddings' label='Negative vectors' min='1' max='75' help='How many token vectors the negative word stands for (the extension\'s default: 6).'"
	 * @generated
	 */
	int getNegativeVectors();

	/**
	 * Sets the value of the '{@link org.atelier.methods.dreamartist.model.DreamArtistConfig#getNegativeVectors <em>Negative Vectors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Negative Vectors</em>' attribute.
	 * @see #getNegativeVectors()
	 * @generated
	 */
	void setNegativeVectors(int value);

	/**
	 * Returns the value of the '<em><b>Negative Lr Weight</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Negative Lr Weight</em>' attribute.
	 * @see #setNegativeLrWeight(double)
	 * @see org.atelier.methods.dreamartist.model.DreamArtistPackage#getDreamArtistConfig_NegativeLrWeight()
	 * @model default="1.0"
	 *        annotation="http://atelier.org/ui group='Embeddings' label='Negative lr weight' min='0.01' max='10' help='The negative embedding\'s learning rate over the positive\'s, at every step of the schedule (the extension\'s neg_lr_w, 0.2 to 5 there).'"
	 * @generated
	 */
	double getNegativeLrWeight();

	/**
	 * Sets the value of the '{@link org.atelier.methods.dreamartist.model.DreamArtistConfig#getNegativeLrWeight <em>Negative Lr Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Negative Lr Weight</em>' attribute.
	 * @see #getNegativeLrWeight()
	 * @generated
	 */
	void setNegativeLrWeight(double value);

	/**
	 * Returns the value of the '<em><b>Cfg Scale</b></em>' attribute.
	 * The default value is <code>"3.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cfg Scale</em>' attribute.
	 * @see #setCfgScale(String)
	 * @see org.atelier.methods.dreamartist.model.DreamArtistPackage#getDreamArtistConfig_CfgScale()
	 * @model default="3.0"
	 *        annotation="http://atelier.org/ui required='true' group='Guidance' label='CFG scale' help='The guidance inside the loss: a step\'s prediction is eps_neg + s (eps_pos - eps_neg). A number (3.0), or, as the extension writes it, low-high[:ln|cos|cos2] for a scale that follows the image\'s timestep t: low + (high - low) r with r = t/999 (ln, the default), cos((r-1) pi/2) (cos) or 1 - cos(r pi/2) (cos2). (The extension\'s free expressions in r are not taken: they are Python code.)'"
	 * @generated
	 */
	String getCfgScale();

	/**
	 * Sets the value of the '{@link org.atelier.methods.dreamartist.model.DreamArtistConfig#getCfgScale <em>Cfg Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cfg Scale</em>' attribute.
	 * @see #getCfgScale()
	 * @generated
	 */
	void setCfgScale(String value);

	/**
	 * Returns the value of the '<em><b>Reconstruction</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reconstruction</em>' attribute.
	 * @see #setReconstruction(boolean)
	 * @see org.atelier.methods.dreamartist.model.DreamArtistPackage#getDreamArtistConfig_Reconstruction()
	 * @model default="false"
	 *        annotation="http://atelier.org/ui group='Reconstruction' label='Reconstruction loss' help='Add the mean absolute difference, in pixels, between the image the guided prediction denoises to (through the VAE\'s decoder) and the training image (its cached latents through the decoder), as the extension\'s reconstruction loss: each step decodes twice, so it is slower.'"
	 * @generated
	 */
	boolean isReconstruction();

	/**
	 * Sets the value of the '{@link org.atelier.methods.dreamartist.model.DreamArtistConfig#isReconstruction <em>Reconstruction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reconstruction</em>' attribute.
	 * @see #isReconstruction()
	 * @generated
	 */
	void setReconstruction(boolean value);

	/**
	 * Returns the value of the '<em><b>Reconstruction Weight</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reconstruction Weight</em>' attribute.
	 * @see #setReconstructionWeight(double)
	 * @see org.atelier.methods.dreamartist.model.DreamArtistPackage#getDreamArtistConfig_ReconstructionWeight()
	 * @model default="1.0"
	 *        annotation="http://atelier.org/ui shownWhen='reconstruction=true' group='Reconstruction' label='Reconstruction weight' min='0' max='100' help='The reconstruction loss\'s weight beside the noise\'s squared error.'"
	 * @generated
	 */
	double getReconstructionWeight();

	/**
	 * Sets the value of the '{@link org.atelier.methods.dreamartist.model.DreamArtistConfig#getReconstructionWeight <em>Reconstruction Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reconstruction Weight</em>' attribute.
	 * @see #getReconstructionWeight()
	 * @generated
	 */
	void setReconstructionWeight(double value);

	/**
	 * Returns the value of the '<em><b>Template</b></em>' attribute.
	 * The default value is <code>"a photo of [name], [filewords]"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Template</em>' attribute.
	 * @see #setTemplate(String)
	 * @see org.atelier.methods.dreamartist.model.DreamArtistPackage#getDreamArtistConfig_Template()
	 * @model default="a photo of [name], [filewords]"
	 *        annotation="http://atelier.org/ui group='Embeddings' label='Caption template' help='What a step trains on, as AUTOMATIC1111\'s templates: [name] is the positive word (the negative side takes the negative word), [filewords] the image\'s caption.'"
	 * @generated
	 */
	String getTemplate();

	/**
	 * Sets the value of the '{@link org.atelier.methods.dreamartist.model.DreamArtistConfig#getTemplate <em>Template</em>}' attribute.
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
	 * @see org.atelier.methods.dreamartist.model.DreamArtistPackage#getDreamArtistConfig_TemplateFile()
	 * @model default=""
	 *        annotation="http://atelier.org/ui group='Embeddings' label='Template file' help='A file of caption templates, one a line, as AUTOMATIC1111\'s textual_inversion_templates (a path in the project, or absolute; or one that comes with Atelier, by name: subject, subject_filewords, style, style_filewords, none, as AUTOMATIC1111 names them, or object, diffusers\' list): a line drawn for each image at each step. Empty: the caption template above.'"
	 * @generated
	 */
	String getTemplateFile();

	/**
	 * Sets the value of the '{@link org.atelier.methods.dreamartist.model.DreamArtistConfig#getTemplateFile <em>Template File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template File</em>' attribute.
	 * @see #getTemplateFile()
	 * @generated
	 */
	void setTemplateFile(String value);

} // DreamArtistConfig
