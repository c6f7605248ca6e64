/**
 */
package org.atelier.methods.aesthetic.model;

import org.atelier.core.model.MethodConfig;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Config</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Aesthetic gradients (Gallego, 2022) as the AUTOMATIC1111 extension makes them: the aesthetic embedding is the mean CLIP image embedding of the dataset's images; at generation a copy of the CLIP text tower is trained towards it for a few steps and its states blended into the prompt's.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atelier.methods.aesthetic.model.AestheticConfig#getClipModel <em>Clip Model</em>}</li>
 *   <li>{@link org.atelier.methods.aesthetic.model.AestheticConfig#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.atelier.methods.aesthetic.model.AestheticConfig#getLearningRate <em>Learning Rate</em>}</li>
 *   <li>{@link org.atelier.methods.aesthetic.model.AestheticConfig#getWeight <em>Weight</em>}</li>
 *   <li>{@link org.atelier.methods.aesthetic.model.AestheticConfig#isSlerp <em>Slerp</em>}</li>
 * </ul>
 *
 * @see org.atelier.methods.aesthetic.model.AestheticPackage#getAestheticConfig()
 * @model
 * @generated
 */
public interface AestheticConfig extends MethodConfig {
	/**
	 * Returns the value of the '<em><b>Clip Model</b></em>' attribute.
	 * The default value is <code>""</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Clip Model</em>' attribute.
	 * @see #setClipModel(String)
	 * @see org.atelier.methods.aesthetic.model.AestheticPackage#getAestheticConfig_ClipModel()
	 * @model default=""
	 *        annotation="http://atelier.org/ui group='Embedding' label='CLIP model' help='The CLIP model (text and vision) the embedding is made with and steers through: a Hugging Face CLIPModel file or folder, such as openai/clip-vit-large-patch14 for SD 1.x; a path relative to the project or absolute.'"
	 * @generated
	 */
	String getClipModel();

	/**
	 * Sets the value of the '{@link org.atelier.methods.aesthetic.model.AestheticConfig#getClipModel <em>Clip Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Clip Model</em>' attribute.
	 * @see #getClipModel()
	 * @generated
	 */
	void setClipModel(String value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' attribute.
	 * The default value is <code>"5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' attribute.
	 * @see #setSteps(int)
	 * @see org.atelier.methods.aesthetic.model.AestheticPackage#getAestheticConfig_Steps()
	 * @model default="5"
	 *        annotation="http://atelier.org/ui group='Preview' label='Aesthetic steps' min='0' max='1000' help='Adam steps on the copy of the CLIP text tower per prompt chunk, for the preview samples (the extension\'s default 5; generate --aesthetic-steps).'"
	 * @generated
	 */
	int getSteps();

	/**
	 * Sets the value of the '{@link org.atelier.methods.aesthetic.model.AestheticConfig#getSteps <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Steps</em>' attribute.
	 * @see #getSteps()
	 * @generated
	 */
	void setSteps(int value);

	/**
	 * Returns the value of the '<em><b>Learning Rate</b></em>' attribute.
	 * The default value is <code>"1.0E-4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Learning Rate</em>' attribute.
	 * @see #setLearningRate(double)
	 * @see org.atelier.methods.aesthetic.model.AestheticPackage#getAestheticConfig_LearningRate()
	 * @model default="1.0E-4"
	 *        annotation="http://atelier.org/ui group='Preview' label='Aesthetic learning rate' min='0' max='1' help='Their learning rate (the extension\'s default 0.0001; generate --aesthetic-lr).'"
	 * @generated
	 */
	double getLearningRate();

	/**
	 * Sets the value of the '{@link org.atelier.methods.aesthetic.model.AestheticConfig#getLearningRate <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Learning Rate</em>' attribute.
	 * @see #getLearningRate()
	 * @generated
	 */
	void setLearningRate(double value);

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * The default value is <code>"0.9"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(double)
	 * @see org.atelier.methods.aesthetic.model.AestheticPackage#getAestheticConfig_Weight()
	 * @model default="0.9"
	 *        annotation="http://atelier.org/ui group='Preview' label='Aesthetic weight' min='0' max='1' help='How much of the steered conditioning replaces the prompt\'s (the extension\'s default 0.9; generate --aesthetic-weight).'"
	 * @generated
	 */
	double getWeight();

	/**
	 * Sets the value of the '{@link org.atelier.methods.aesthetic.model.AestheticConfig#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(double value);

	/**
	 * Returns the value of the '<em><b>Slerp</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Slerp</em>' attribute.
	 * @see #setSlerp(boolean)
	 * @see org.atelier.methods.aesthetic.model.AestheticPackage#getAestheticConfig_Slerp()
	 * @model default="false"
	 *        annotation="http://atelier.org/ui group='Preview' label='Slerp' help='Blend by spherical interpolation instead of linearly (generate --aesthetic-slerp).'"
	 * @generated
	 */
	boolean isSlerp();

	/**
	 * Sets the value of the '{@link org.atelier.methods.aesthetic.model.AestheticConfig#isSlerp <em>Slerp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slerp</em>' attribute.
	 * @see #isSlerp()
	 * @generated
	 */
	void setSlerp(boolean value);

} // AestheticConfig
