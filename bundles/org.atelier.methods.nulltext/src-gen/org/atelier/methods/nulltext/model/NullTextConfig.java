/**
 */
package org.atelier.methods.nulltext.model;

import org.atelier.core.model.MethodConfig;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Config</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Null-text inversion of one image with prompt-to-prompt edits: the image's DDIM inversion under its caption, the unconditional embedding of each step optimised so that guided DDIM reconstructs it (Mokady et al.), then the experiment's sample prompts regenerated from it as edits of the caption.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atelier.methods.nulltext.model.NullTextConfig#getImage <em>Image</em>}</li>
 *   <li>{@link org.atelier.methods.nulltext.model.NullTextConfig#getCaption <em>Caption</em>}</li>
 *   <li>{@link org.atelier.methods.nulltext.model.NullTextConfig#getDdimSteps <em>Ddim Steps</em>}</li>
 *   <li>{@link org.atelier.methods.nulltext.model.NullTextConfig#getGuidance <em>Guidance</em>}</li>
 *   <li>{@link org.atelier.methods.nulltext.model.NullTextConfig#getInnerSteps <em>Inner Steps</em>}</li>
 *   <li>{@link org.atelier.methods.nulltext.model.NullTextConfig#getLearningRate <em>Learning Rate</em>}</li>
 *   <li>{@link org.atelier.methods.nulltext.model.NullTextConfig#getEpsilon <em>Epsilon</em>}</li>
 *   <li>{@link org.atelier.methods.nulltext.model.NullTextConfig#getCrossReplace <em>Cross Replace</em>}</li>
 *   <li>{@link org.atelier.methods.nulltext.model.NullTextConfig#getSelfReplace <em>Self Replace</em>}</li>
 *   <li>{@link org.atelier.methods.nulltext.model.NullTextConfig#getReweight <em>Reweight</em>}</li>
 *   <li>{@link org.atelier.methods.nulltext.model.NullTextConfig#isPlainWhenUnaligned <em>Plain When Unaligned</em>}</li>
 * </ul>
 *
 * @see org.atelier.methods.nulltext.model.NullTextPackage#getNullTextConfig()
 * @model
 * @generated
 */
public interface NullTextConfig extends MethodConfig {
	/**
	 * Returns the value of the '<em><b>Image</b></em>' attribute.
	 * The default value is <code>""</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image</em>' attribute.
	 * @see #setImage(String)
	 * @see org.atelier.methods.nulltext.model.NullTextPackage#getNullTextConfig_Image()
	 * @model default=""
	 *        annotation="http://atelier.org/ui group='Image' label='Image' help='The image to invert: a file name in the experiment\'s dataset (empty: its first image). Its sides are cropped about the centre to multiples of 8 where they are not, and the log says so.'"
	 * @generated
	 */
	String getImage();

	/**
	 * Sets the value of the '{@link org.atelier.methods.nulltext.model.NullTextConfig#getImage <em>Image</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image</em>' attribute.
	 * @see #getImage()
	 * @generated
	 */
	void setImage(String value);

	/**
	 * Returns the value of the '<em><b>Caption</b></em>' attribute.
	 * The default value is <code>""</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Caption</em>' attribute.
	 * @see #setCaption(String)
	 * @see org.atelier.methods.nulltext.model.NullTextPackage#getNullTextConfig_Caption()
	 * @model default=""
	 *        annotation="http://atelier.org/ui group='Image' label='Caption' help='What the image shows, as the inversion\'s prompt (empty: the image\'s caption in the dataset). Edits change this caption.'"
	 * @generated
	 */
	String getCaption();

	/**
	 * Sets the value of the '{@link org.atelier.methods.nulltext.model.NullTextConfig#getCaption <em>Caption</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Caption</em>' attribute.
	 * @see #getCaption()
	 * @generated
	 */
	void setCaption(String value);

	/**
	 * Returns the value of the '<em><b>Ddim Steps</b></em>' attribute.
	 * The default value is <code>"50"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ddim Steps</em>' attribute.
	 * @see #setDdimSteps(int)
	 * @see org.atelier.methods.nulltext.model.NullTextPackage#getNullTextConfig_DdimSteps()
	 * @model default="50"
	 *        annotation="http://atelier.org/ui group='Inversion' label='DDIM steps' min='1' max='1000' help='The DDIM timesteps inverted and regenerated, taken as CompVis and AUTOMATIC1111 take them (every 1000/n-th from 1); the paper\'s 50.'"
	 * @generated
	 */
	int getDdimSteps();

	/**
	 * Sets the value of the '{@link org.atelier.methods.nulltext.model.NullTextConfig#getDdimSteps <em>Ddim Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ddim Steps</em>' attribute.
	 * @see #getDdimSteps()
	 * @generated
	 */
	void setDdimSteps(int value);

	/**
	 * Returns the value of the '<em><b>Guidance</b></em>' attribute.
	 * The default value is <code>"7.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Guidance</em>' attribute.
	 * @see #setGuidance(double)
	 * @see org.atelier.methods.nulltext.model.NullTextPackage#getNullTextConfig_Guidance()
	 * @model default="7.5"
	 *        annotation="http://atelier.org/ui group='Inversion' label='Guidance scale' min='1' max='30' help='The classifier-free guidance the reconstruction and the edits are made at (the paper\'s 7.5).'"
	 * @generated
	 */
	double getGuidance();

	/**
	 * Sets the value of the '{@link org.atelier.methods.nulltext.model.NullTextConfig#getGuidance <em>Guidance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guidance</em>' attribute.
	 * @see #getGuidance()
	 * @generated
	 */
	void setGuidance(double value);

	/**
	 * Returns the value of the '<em><b>Inner Steps</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inner Steps</em>' attribute.
	 * @see #setInnerSteps(int)
	 * @see org.atelier.methods.nulltext.model.NullTextPackage#getNullTextConfig_InnerSteps()
	 * @model default="10"
	 *        annotation="http://atelier.org/ui group='Inversion' label='Iterations per step' min='0' max='100' help='At most this many Adam iterations optimise each step\'s unconditional embedding (the paper\'s 10); 0 is plain DDIM inversion.'"
	 * @generated
	 */
	int getInnerSteps();

	/**
	 * Sets the value of the '{@link org.atelier.methods.nulltext.model.NullTextConfig#getInnerSteps <em>Inner Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inner Steps</em>' attribute.
	 * @see #getInnerSteps()
	 * @generated
	 */
	void setInnerSteps(int value);

	/**
	 * Returns the value of the '<em><b>Learning Rate</b></em>' attribute.
	 * The default value is <code>"0.01"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Learning Rate</em>' attribute.
	 * @see #setLearningRate(double)
	 * @see org.atelier.methods.nulltext.model.NullTextPackage#getNullTextConfig_LearningRate()
	 * @model default="0.01"
	 *        annotation="http://atelier.org/ui group='Inversion' label='Learning rate' min='0' max='1' help='Adam\'s learning rate at the noisiest step, decaying linearly to half at the last: the paper\'s 1e-2 (1 - i/100) over its 50 steps.'"
	 * @generated
	 */
	double getLearningRate();

	/**
	 * Sets the value of the '{@link org.atelier.methods.nulltext.model.NullTextConfig#getLearningRate <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Learning Rate</em>' attribute.
	 * @see #getLearningRate()
	 * @generated
	 */
	void setLearningRate(double value);

	/**
	 * Returns the value of the '<em><b>Epsilon</b></em>' attribute.
	 * The default value is <code>"1.0E-5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Epsilon</em>' attribute.
	 * @see #setEpsilon(double)
	 * @see org.atelier.methods.nulltext.model.NullTextPackage#getNullTextConfig_Epsilon()
	 * @model default="1.0E-5"
	 *        annotation="http://atelier.org/ui group='Inversion' label='Early stop' min='0' max='1' help='A step stops iterating once its loss is below this plus 2e-5 for each step done (the paper\'s 1e-5).'"
	 * @generated
	 */
	double getEpsilon();

	/**
	 * Sets the value of the '{@link org.atelier.methods.nulltext.model.NullTextConfig#getEpsilon <em>Epsilon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Epsilon</em>' attribute.
	 * @see #getEpsilon()
	 * @generated
	 */
	void setEpsilon(double value);

	/**
	 * Returns the value of the '<em><b>Cross Replace</b></em>' attribute.
	 * The default value is <code>"0.8"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cross Replace</em>' attribute.
	 * @see #setCrossReplace(double)
	 * @see org.atelier.methods.nulltext.model.NullTextPackage#getNullTextConfig_CrossReplace()
	 * @model default="0.8"
	 *        annotation="http://atelier.org/ui group='Edits' label='Cross-attention replace' min='0' max='1' help='For this fraction of the steps each edit takes the source caption\'s cross-attention maps (prompt-to-prompt\'s cross_replace_steps).'"
	 * @generated
	 */
	double getCrossReplace();

	/**
	 * Sets the value of the '{@link org.atelier.methods.nulltext.model.NullTextConfig#getCrossReplace <em>Cross Replace</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cross Replace</em>' attribute.
	 * @see #getCrossReplace()
	 * @generated
	 */
	void setCrossReplace(double value);

	/**
	 * Returns the value of the '<em><b>Self Replace</b></em>' attribute.
	 * The default value is <code>"0.4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Self Replace</em>' attribute.
	 * @see #setSelfReplace(double)
	 * @see org.atelier.methods.nulltext.model.NullTextPackage#getNullTextConfig_SelfReplace()
	 * @model default="0.4"
	 *        annotation="http://atelier.org/ui group='Edits' label='Self-attention replace' min='0' max='1' help='For this fraction of the steps each edit takes the source\'s self-attention maps, in layers of 32x32 positions or fewer (self_replace_steps).'"
	 * @generated
	 */
	double getSelfReplace();

	/**
	 * Sets the value of the '{@link org.atelier.methods.nulltext.model.NullTextConfig#getSelfReplace <em>Self Replace</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Self Replace</em>' attribute.
	 * @see #getSelfReplace()
	 * @generated
	 */
	void setSelfReplace(double value);

	/**
	 * Returns the value of the '<em><b>Reweight</b></em>' attribute.
	 * The default value is <code>""</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reweight</em>' attribute.
	 * @see #setReweight(String)
	 * @see org.atelier.methods.nulltext.model.NullTextPackage#getNullTextConfig_Reweight()
	 * @model default=""
	 *        annotation="http://atelier.org/ui group='Edits' label='Re-weight' help='Words whose attention the edits scale, as word=factor pairs separated by commas (red=2, cat=0.5); each must be a word of some edit.'"
	 * @generated
	 */
	String getReweight();

	/**
	 * Sets the value of the '{@link org.atelier.methods.nulltext.model.NullTextConfig#getReweight <em>Reweight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reweight</em>' attribute.
	 * @see #getReweight()
	 * @generated
	 */
	void setReweight(String value);

	/**
	 * Returns the value of the '<em><b>Plain When Unaligned</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plain When Unaligned</em>' attribute.
	 * @see #setPlainWhenUnaligned(boolean)
	 * @see org.atelier.methods.nulltext.model.NullTextPackage#getNullTextConfig_PlainWhenUnaligned()
	 * @model default="false"
	 *        annotation="http://atelier.org/ui group='Edits' label='Regenerate unaligned edits plainly' help='An edit that neither swaps words one for one nor only adds words cannot take the source\'s maps: refused unless this is set, when it is regenerated with the null texts alone.'"
	 * @generated
	 */
	boolean isPlainWhenUnaligned();

	/**
	 * Sets the value of the '{@link org.atelier.methods.nulltext.model.NullTextConfig#isPlainWhenUnaligned <em>Plain When Unaligned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plain When Unaligned</em>' attribute.
	 * @see #isPlainWhenUnaligned()
	 * @generated
	 */
	void setPlainWhenUnaligned(boolean value);

} // NullTextConfig
