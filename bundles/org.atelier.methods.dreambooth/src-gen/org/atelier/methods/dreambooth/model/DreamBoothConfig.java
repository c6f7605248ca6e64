/**
 */
package org.atelier.methods.dreambooth.model;

import org.atelier.methods.finetune.model.FineTuneConfig;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Config</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * DreamBooth: a subject bound to an identifier, with prior preservation by class images the base model makes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#getInstancePrompt <em>Instance Prompt</em>}</li>
 *   <li>{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#isUseCaptions <em>Use Captions</em>}</li>
 *   <li>{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#getClassPrompt <em>Class Prompt</em>}</li>
 *   <li>{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#isPriorPreservation <em>Prior Preservation</em>}</li>
 *   <li>{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#getClassImages <em>Class Images</em>}</li>
 *   <li>{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#getPriorLossWeight <em>Prior Loss Weight</em>}</li>
 *   <li>{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#getClassNegativePrompt <em>Class Negative Prompt</em>}</li>
 *   <li>{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#getClassSampler <em>Class Sampler</em>}</li>
 *   <li>{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#getClassSteps <em>Class Steps</em>}</li>
 *   <li>{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#getClassCfgScale <em>Class Cfg Scale</em>}</li>
 *   <li>{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#getClassSeed <em>Class Seed</em>}</li>
 *   <li>{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#isTrainsLora <em>Trains Lora</em>}</li>
 *   <li>{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#getLoraRank <em>Lora Rank</em>}</li>
 *   <li>{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#getLoraAlpha <em>Lora Alpha</em>}</li>
 * </ul>
 *
 * @see org.atelier.methods.dreambooth.model.DreamBoothPackage#getDreamBoothConfig()
 * @model annotation="http://atelier.org/ui defaults='learningRate=5e-6; weightDecay=0.01; outputType=KEEP; outputName=dreambooth'"
 * @generated
 */
public interface DreamBoothConfig extends FineTuneConfig {
	/**
	 * Returns the value of the '<em><b>Instance Prompt</b></em>' attribute.
	 * The default value is <code>"a photo of sks dog"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instance Prompt</em>' attribute.
	 * @see #setInstancePrompt(String)
	 * @see org.atelier.methods.dreambooth.model.DreamBoothPackage#getDreamBoothConfig_InstancePrompt()
	 * @model default="a photo of sks dog"
	 *        annotation="http://atelier.org/ui group='DreamBooth' label='Instance prompt' required='true' help='The prompt of the subject\'s images: the class prompt with a rare identifier in it (\"a photo of sks dog\"); after training, the identifier draws the subject.'"
	 * @generated
	 */
	String getInstancePrompt();

	/**
	 * Sets the value of the '{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#getInstancePrompt <em>Instance Prompt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instance Prompt</em>' attribute.
	 * @see #getInstancePrompt()
	 * @generated
	 */
	void setInstancePrompt(String value);

	/**
	 * Returns the value of the '<em><b>Use Captions</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Use Captions</em>' attribute.
	 * @see #setUseCaptions(boolean)
	 * @see org.atelier.methods.dreambooth.model.DreamBoothPackage#getDreamBoothConfig_UseCaptions()
	 * @model default="false"
	 *        annotation="http://atelier.org/ui group='DreamBooth' label='Use the images\' captions' help='Images with a caption file train on their caption (kohya), the others on the instance prompt; off: every instance image trains on the instance prompt (diffusers).'"
	 * @generated
	 */
	boolean isUseCaptions();

	/**
	 * Sets the value of the '{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#isUseCaptions <em>Use Captions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Use Captions</em>' attribute.
	 * @see #isUseCaptions()
	 * @generated
	 */
	void setUseCaptions(boolean value);

	/**
	 * Returns the value of the '<em><b>Class Prompt</b></em>' attribute.
	 * The default value is <code>"a photo of dog"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Class Prompt</em>' attribute.
	 * @see #setClassPrompt(String)
	 * @see org.atelier.methods.dreambooth.model.DreamBoothPackage#getDreamBoothConfig_ClassPrompt()
	 * @model default="a photo of dog"
	 *        annotation="http://atelier.org/ui group='Prior preservation' label='Class prompt' help='The instance prompt without its identifier (\"a photo of dog\"): the class images are made from it, and keep the model drawing the class as it did.'"
	 * @generated
	 */
	String getClassPrompt();

	/**
	 * Sets the value of the '{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#getClassPrompt <em>Class Prompt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Class Prompt</em>' attribute.
	 * @see #getClassPrompt()
	 * @generated
	 */
	void setClassPrompt(String value);

	/**
	 * Returns the value of the '<em><b>Prior Preservation</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prior Preservation</em>' attribute.
	 * @see #setPriorPreservation(boolean)
	 * @see org.atelier.methods.dreambooth.model.DreamBoothPackage#getDreamBoothConfig_PriorPreservation()
	 * @model default="true"
	 *        annotation="http://atelier.org/ui benchmark='false' group='Prior preservation' label='Prior preservation' help='Train on class images beside the subject\'s, so that the class does not take the subject\'s looks (diffusers\' with_prior_preservation).'"
	 * @generated
	 */
	boolean isPriorPreservation();

	/**
	 * Sets the value of the '{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#isPriorPreservation <em>Prior Preservation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prior Preservation</em>' attribute.
	 * @see #isPriorPreservation()
	 * @generated
	 */
	void setPriorPreservation(boolean value);

	/**
	 * Returns the value of the '<em><b>Class Images</b></em>' attribute.
	 * The default value is <code>"100"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Class Images</em>' attribute.
	 * @see #setClassImages(int)
	 * @see org.atelier.methods.dreambooth.model.DreamBoothPackage#getDreamBoothConfig_ClassImages()
	 * @model default="100"
	 *        annotation="http://atelier.org/ui shownWhen='priorPreservation=true' group='Prior preservation' label='Class images' min='1' max='100000' help='How many class images the base model makes before training (once: later runs with the same model and settings reuse them). Each epoch shows as many of them as of the subject\'s images.'"
	 * @generated
	 */
	int getClassImages();

	/**
	 * Sets the value of the '{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#getClassImages <em>Class Images</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Class Images</em>' attribute.
	 * @see #getClassImages()
	 * @generated
	 */
	void setClassImages(int value);

	/**
	 * Returns the value of the '<em><b>Prior Loss Weight</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prior Loss Weight</em>' attribute.
	 * @see #setPriorLossWeight(double)
	 * @see org.atelier.methods.dreambooth.model.DreamBoothPackage#getDreamBoothConfig_PriorLossWeight()
	 * @model default="1.0"
	 *        annotation="http://atelier.org/ui shownWhen='priorPreservation=true' group='Prior preservation' label='Prior loss weight' min='0' max='100' help='The weight of the class images\' loss against the subject\'s (diffusers\' prior_loss_weight, kohya\'s prior_loss_weight).'"
	 * @generated
	 */
	double getPriorLossWeight();

	/**
	 * Sets the value of the '{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#getPriorLossWeight <em>Prior Loss Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prior Loss Weight</em>' attribute.
	 * @see #getPriorLossWeight()
	 * @generated
	 */
	void setPriorLossWeight(double value);

	/**
	 * Returns the value of the '<em><b>Class Negative Prompt</b></em>' attribute.
	 * The default value is <code>""</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Class Negative Prompt</em>' attribute.
	 * @see #setClassNegativePrompt(String)
	 * @see org.atelier.methods.dreambooth.model.DreamBoothPackage#getDreamBoothConfig_ClassNegativePrompt()
	 * @model default=""
	 *        annotation="http://atelier.org/ui shownWhen='priorPreservation=true' group='Prior preservation' label='Class images\' negative prompt'"
	 * @generated
	 */
	String getClassNegativePrompt();

	/**
	 * Sets the value of the '{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#getClassNegativePrompt <em>Class Negative Prompt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Class Negative Prompt</em>' attribute.
	 * @see #getClassNegativePrompt()
	 * @generated
	 */
	void setClassNegativePrompt(String value);

	/**
	 * Returns the value of the '<em><b>Class Sampler</b></em>' attribute.
	 * The default value is <code>"euler-a"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Class Sampler</em>' attribute.
	 * @see #setClassSampler(String)
	 * @see org.atelier.methods.dreambooth.model.DreamBoothPackage#getDreamBoothConfig_ClassSampler()
	 * @model default="euler-a"
	 *        annotation="http://atelier.org/ui shownWhen='priorPreservation=true' group='Prior preservation' label='Class images\' sampler' help='euler, euler-a, dpmpp-2m, dpmpp-2m-karras or ddim.'"
	 * @generated
	 */
	String getClassSampler();

	/**
	 * Sets the value of the '{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#getClassSampler <em>Class Sampler</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Class Sampler</em>' attribute.
	 * @see #getClassSampler()
	 * @generated
	 */
	void setClassSampler(String value);

	/**
	 * Returns the value of the '<em><b>Class Steps</b></em>' attribute.
	 * The default value is <code>"30"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Class Steps</em>' attribute.
	 * @see #setClassSteps(int)
	 * @see org.atelier.methods.dreambooth.model.DreamBoothPackage#getDreamBoothConfig_ClassSteps()
	 * @model default="30"
	 *        annotation="http://atelier.org/ui shownWhen='priorPreservation=true' group='Prior preservation' label='Class images\' sampling steps' min='1' max='1000'"
	 * @generated
	 */
	int getClassSteps();

	/**
	 * Sets the value of the '{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#getClassSteps <em>Class Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Class Steps</em>' attribute.
	 * @see #getClassSteps()
	 * @generated
	 */
	void setClassSteps(int value);

	/**
	 * Returns the value of the '<em><b>Class Cfg Scale</b></em>' attribute.
	 * The default value is <code>"7.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Class Cfg Scale</em>' attribute.
	 * @see #setClassCfgScale(double)
	 * @see org.atelier.methods.dreambooth.model.DreamBoothPackage#getDreamBoothConfig_ClassCfgScale()
	 * @model default="7.0"
	 *        annotation="http://atelier.org/ui shownWhen='priorPreservation=true' group='Prior preservation' label='Class images\' guidance scale' min='0' max='30'"
	 * @generated
	 */
	double getClassCfgScale();

	/**
	 * Sets the value of the '{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#getClassCfgScale <em>Class Cfg Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Class Cfg Scale</em>' attribute.
	 * @see #getClassCfgScale()
	 * @generated
	 */
	void setClassCfgScale(double value);

	/**
	 * Returns the value of the '<em><b>Class Seed</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Class Seed</em>' attribute.
	 * @see #setClassSeed(long)
	 * @see org.atelier.methods.dreambooth.model.DreamBoothPackage#getDreamBoothConfig_ClassSeed()
	 * @model default="0"
	 *        annotation="http://atelier.org/ui shownWhen='priorPreservation=true' group='Prior preservation' label='Class images\' seed' min='0' max='2147483647' help='Image i takes this seed plus i.'"
	 * @generated
	 */
	long getClassSeed();

	/**
	 * Sets the value of the '{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#getClassSeed <em>Class Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Class Seed</em>' attribute.
	 * @see #getClassSeed()
	 * @generated
	 */
	void setClassSeed(long value);

	/**
	 * Returns the value of the '<em><b>Trains Lora</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trains Lora</em>' attribute.
	 * @see #setTrainsLora(boolean)
	 * @see org.atelier.methods.dreambooth.model.DreamBoothPackage#getDreamBoothConfig_TrainsLora()
	 * @model default="false"
	 *        annotation="http://atelier.org/ui group='LoRA' label='Onto a LoRA' help='Train a LoRA (kohya\'s) instead of the whole model: small, applied at generation; what trains says whether the text encoder gets modules too.'"
	 * @generated
	 */
	boolean isTrainsLora();

	/**
	 * Sets the value of the '{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#isTrainsLora <em>Trains Lora</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trains Lora</em>' attribute.
	 * @see #isTrainsLora()
	 * @generated
	 */
	void setTrainsLora(boolean value);

	/**
	 * Returns the value of the '<em><b>Lora Rank</b></em>' attribute.
	 * The default value is <code>"8"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lora Rank</em>' attribute.
	 * @see #setLoraRank(int)
	 * @see org.atelier.methods.dreambooth.model.DreamBoothPackage#getDreamBoothConfig_LoraRank()
	 * @model default="8"
	 *        annotation="http://atelier.org/ui shownWhen='trainsLora=true' group='LoRA' label='Rank (dim)' min='1' max='1024'"
	 * @generated
	 */
	int getLoraRank();

	/**
	 * Sets the value of the '{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#getLoraRank <em>Lora Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lora Rank</em>' attribute.
	 * @see #getLoraRank()
	 * @generated
	 */
	void setLoraRank(int value);

	/**
	 * Returns the value of the '<em><b>Lora Alpha</b></em>' attribute.
	 * The default value is <code>"8.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lora Alpha</em>' attribute.
	 * @see #setLoraAlpha(double)
	 * @see org.atelier.methods.dreambooth.model.DreamBoothPackage#getDreamBoothConfig_LoraAlpha()
	 * @model default="8.0"
	 *        annotation="http://atelier.org/ui shownWhen='trainsLora=true' group='LoRA' label='Alpha' min='0' max='1024'"
	 * @generated
	 */
	double getLoraAlpha();

	/**
	 * Sets the value of the '{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#getLoraAlpha <em>Lora Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lora Alpha</em>' attribute.
	 * @see #getLoraAlpha()
	 * @generated
	 */
	void setLoraAlpha(double value);

} // DreamBoothConfig
