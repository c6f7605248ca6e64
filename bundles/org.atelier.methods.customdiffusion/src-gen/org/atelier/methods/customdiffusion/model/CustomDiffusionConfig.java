/**
 */
package org.atelier.methods.customdiffusion.model;

import org.atelier.core.model.SavesWeights;

import org.atelier.training.model.TrainingConfig;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Config</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Custom Diffusion (Kumari et al.), as diffusers trains it: the cross-attention's keys and values (or all its projections) and a modifier token per concept, with prior preservation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getModifierToken <em>Modifier Token</em>}</li>
 *   <li>{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getInitializerToken <em>Initializer Token</em>}</li>
 *   <li>{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getInstancePrompt <em>Instance Prompt</em>}</li>
 *   <li>{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#isUseCaptions <em>Use Captions</em>}</li>
 *   <li>{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getTrains <em>Trains</em>}</li>
 *   <li>{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#isPriorPreservation <em>Prior Preservation</em>}</li>
 *   <li>{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getClassPrompt <em>Class Prompt</em>}</li>
 *   <li>{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getClassImages <em>Class Images</em>}</li>
 *   <li>{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getPriorLossWeight <em>Prior Loss Weight</em>}</li>
 *   <li>{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getClassNegativePrompt <em>Class Negative Prompt</em>}</li>
 *   <li>{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getClassSampler <em>Class Sampler</em>}</li>
 *   <li>{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getClassSteps <em>Class Steps</em>}</li>
 *   <li>{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getClassCfgScale <em>Class Cfg Scale</em>}</li>
 *   <li>{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getClassSeed <em>Class Seed</em>}</li>
 *   <li>{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#isExportDiff <em>Export Diff</em>}</li>
 *   <li>{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#isExportCheckpoint <em>Export Checkpoint</em>}</li>
 *   <li>{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getOutputName <em>Output Name</em>}</li>
 * </ul>
 *
 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionPackage#getCustomDiffusionConfig()
 * @model annotation="http://atelier.org/ui defaults='learningRate=1e-5; weightDecay=0.01; steps=250; batchSize=2; maxGradNorm=1; outputType=FP32'"
 * @generated
 */
public interface CustomDiffusionConfig extends TrainingConfig, SavesWeights {
	/**
	 * Returns the value of the '<em><b>Modifier Token</b></em>' attribute.
	 * The default value is <code>"<new1>"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modifier Token</em>' attribute.
	 * @see #setModifierToken(String)
	 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionPackage#getCustomDiffusionConfig_ModifierToken()
	 * @model default="&lt;new1&gt;"
	 *        annotation="http://atelier.org/ui required='true' group='Concepts' label='Modifier tokens' help='The new words, one per concept, joined by + (diffusers\' modifier_token: &lt;new1&gt;+&lt;new2&gt;); each is added to the vocabulary and its embedding trains with the attention.'"
	 * @generated
	 */
	String getModifierToken();

	/**
	 * Sets the value of the '{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getModifierToken <em>Modifier Token</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modifier Token</em>' attribute.
	 * @see #getModifierToken()
	 * @generated
	 */
	void setModifierToken(String value);

	/**
	 * Returns the value of the '<em><b>Initializer Token</b></em>' attribute.
	 * The default value is <code>"ktn+pll+ucd"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initializer Token</em>' attribute.
	 * @see #setInitializerToken(String)
	 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionPackage#getCustomDiffusionConfig_InitializerToken()
	 * @model default="ktn+pll+ucd"
	 *        annotation="http://atelier.org/ui required='true' group='Concepts' label='Initializer tokens' help='The words each modifier token\'s embedding starts from, in order, joined by + (diffusers\' initializer_token; its default picks rare tokens); the first token of each is taken.'"
	 * @generated
	 */
	String getInitializerToken();

	/**
	 * Sets the value of the '{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getInitializerToken <em>Initializer Token</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initializer Token</em>' attribute.
	 * @see #getInitializerToken()
	 * @generated
	 */
	void setInitializerToken(String value);

	/**
	 * Returns the value of the '<em><b>Instance Prompt</b></em>' attribute.
	 * The default value is <code>"photo of a <new1> cat"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instance Prompt</em>' attribute.
	 * @see #setInstancePrompt(String)
	 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionPackage#getCustomDiffusionConfig_InstancePrompt()
	 * @model default="photo of a &lt;new1&gt; cat"
	 *        annotation="http://atelier.org/ui required='true' group='Concepts' label='Instance prompts' help='The prompt of each concept\'s images, one per dataset in the experiment\'s order, joined by + (diffusers\' instance_prompt of each concept): the class named with its modifier token.'"
	 * @generated
	 */
	String getInstancePrompt();

	/**
	 * Sets the value of the '{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getInstancePrompt <em>Instance Prompt</em>}' attribute.
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
	 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionPackage#getCustomDiffusionConfig_UseCaptions()
	 * @model default="false"
	 *        annotation="http://atelier.org/ui group='Concepts' label='Use the images\' captions' help='Images with a caption file train on their caption (which should name the modifier token), the others on their concept\'s instance prompt.'"
	 * @generated
	 */
	boolean isUseCaptions();

	/**
	 * Sets the value of the '{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#isUseCaptions <em>Use Captions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Use Captions</em>' attribute.
	 * @see #isUseCaptions()
	 * @generated
	 */
	void setUseCaptions(boolean value);

	/**
	 * Returns the value of the '<em><b>Trains</b></em>' attribute.
	 * The default value is <code>"crossattn_kv"</code>.
	 * The literals are from the enumeration {@link org.atelier.methods.customdiffusion.model.TrainedProjections}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trains</em>' attribute.
	 * @see org.atelier.methods.customdiffusion.model.TrainedProjections
	 * @see #setTrains(TrainedProjections)
	 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionPackage#getCustomDiffusionConfig_Trains()
	 * @model default="crossattn_kv"
	 *        annotation="http://atelier.org/ui group='Custom Diffusion' label='Trains' help='What of the cross-attention trains beside the tokens: its keys and values (diffusers\' freeze_model crossattn_kv, the paper\'s choice), or all its projections (crossattn: queries and output too).'"
	 * @generated
	 */
	TrainedProjections getTrains();

	/**
	 * Sets the value of the '{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getTrains <em>Trains</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trains</em>' attribute.
	 * @see org.atelier.methods.customdiffusion.model.TrainedProjections
	 * @see #getTrains()
	 * @generated
	 */
	void setTrains(TrainedProjections value);

	/**
	 * Returns the value of the '<em><b>Prior Preservation</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prior Preservation</em>' attribute.
	 * @see #setPriorPreservation(boolean)
	 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionPackage#getCustomDiffusionConfig_PriorPreservation()
	 * @model default="true"
	 *        annotation="http://atelier.org/ui benchmark='false' group='Prior preservation' label='Prior preservation' help='Train on class images beside each concept\'s, so that the class keeps its looks (diffusers\' with_prior_preservation).'"
	 * @generated
	 */
	boolean isPriorPreservation();

	/**
	 * Sets the value of the '{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#isPriorPreservation <em>Prior Preservation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prior Preservation</em>' attribute.
	 * @see #isPriorPreservation()
	 * @generated
	 */
	void setPriorPreservation(boolean value);

	/**
	 * Returns the value of the '<em><b>Class Prompt</b></em>' attribute.
	 * The default value is <code>"cat"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Class Prompt</em>' attribute.
	 * @see #setClassPrompt(String)
	 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionPackage#getCustomDiffusionConfig_ClassPrompt()
	 * @model default="cat"
	 *        annotation="http://atelier.org/ui shownWhen='priorPreservation=true' group='Prior preservation' label='Class prompts' help='The class of each concept, one per dataset, joined by + (diffusers\' class_prompt): the class images are made from it by the base model.'"
	 * @generated
	 */
	String getClassPrompt();

	/**
	 * Sets the value of the '{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getClassPrompt <em>Class Prompt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Class Prompt</em>' attribute.
	 * @see #getClassPrompt()
	 * @generated
	 */
	void setClassPrompt(String value);

	/**
	 * Returns the value of the '<em><b>Class Images</b></em>' attribute.
	 * The default value is <code>"200"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Class Images</em>' attribute.
	 * @see #setClassImages(int)
	 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionPackage#getCustomDiffusionConfig_ClassImages()
	 * @model default="200"
	 *        annotation="http://atelier.org/ui shownWhen='priorPreservation=true' min='1' max='100000' group='Prior preservation' label='Class images' help='How many class images of each class the base model makes before training (once: later runs with the same model and settings reuse them).'"
	 * @generated
	 */
	int getClassImages();

	/**
	 * Sets the value of the '{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getClassImages <em>Class Images</em>}' attribute.
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
	 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionPackage#getCustomDiffusionConfig_PriorLossWeight()
	 * @model default="1.0"
	 *        annotation="http://atelier.org/ui shownWhen='priorPreservation=true' min='0' max='100' group='Prior preservation' label='Prior loss weight' help='The weight of the class images\' loss against the concepts\' (diffusers\' prior_loss_weight).'"
	 * @generated
	 */
	double getPriorLossWeight();

	/**
	 * Sets the value of the '{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getPriorLossWeight <em>Prior Loss Weight</em>}' attribute.
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
	 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionPackage#getCustomDiffusionConfig_ClassNegativePrompt()
	 * @model default=""
	 *        annotation="http://atelier.org/ui shownWhen='priorPreservation=true' group='Prior preservation' label='Class images\' negative prompt'"
	 * @generated
	 */
	String getClassNegativePrompt();

	/**
	 * Sets the value of the '{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getClassNegativePrompt <em>Class Negative Prompt</em>}' attribute.
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
	 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionPackage#getCustomDiffusionConfig_ClassSampler()
	 * @model default="euler-a"
	 *        annotation="http://atelier.org/ui shownWhen='priorPreservation=true' group='Prior preservation' label='Class images\' sampler' help='euler, euler-a, dpmpp-2m, dpmpp-2m-karras or ddim.'"
	 * @generated
	 */
	String getClassSampler();

	/**
	 * Sets the value of the '{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getClassSampler <em>Class Sampler</em>}' attribute.
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
	 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionPackage#getCustomDiffusionConfig_ClassSteps()
	 * @model default="30"
	 *        annotation="http://atelier.org/ui shownWhen='priorPreservation=true' min='1' max='1000' group='Prior preservation' label='Class images\' sampling steps'"
	 * @generated
	 */
	int getClassSteps();

	/**
	 * Sets the value of the '{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getClassSteps <em>Class Steps</em>}' attribute.
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
	 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionPackage#getCustomDiffusionConfig_ClassCfgScale()
	 * @model default="7.0"
	 *        annotation="http://atelier.org/ui shownWhen='priorPreservation=true' min='0' max='30' group='Prior preservation' label='Class images\' guidance scale'"
	 * @generated
	 */
	double getClassCfgScale();

	/**
	 * Sets the value of the '{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getClassCfgScale <em>Class Cfg Scale</em>}' attribute.
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
	 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionPackage#getCustomDiffusionConfig_ClassSeed()
	 * @model default="0"
	 *        annotation="http://atelier.org/ui shownWhen='priorPreservation=true' min='0' max='2147483647' group='Prior preservation' label='Class images\' seed' help='Image i takes this seed plus i.'"
	 * @generated
	 */
	long getClassSeed();

	/**
	 * Sets the value of the '{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getClassSeed <em>Class Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Class Seed</em>' attribute.
	 * @see #getClassSeed()
	 * @generated
	 */
	void setClassSeed(long value);

	/**
	 * Returns the value of the '<em><b>Export Diff</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Export Diff</em>' attribute.
	 * @see #setExportDiff(boolean)
	 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionPackage#getCustomDiffusionConfig_ExportDiff()
	 * @model default="true"
	 *        annotation="http://atelier.org/ui group='Output' label='As a LoRA-style module too' help='Also write what AUTOMATIC1111 and ComfyUI load, which have no Custom Diffusion loader: the weights\' differences as a .diff module (loaded as a LoRA) and each token as an embedding (.pt, named as the token without its brackets).'"
	 * @generated
	 */
	boolean isExportDiff();

	/**
	 * Sets the value of the '{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#isExportDiff <em>Export Diff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Export Diff</em>' attribute.
	 * @see #isExportDiff()
	 * @generated
	 */
	void setExportDiff(boolean value);

	/**
	 * Returns the value of the '<em><b>Export Checkpoint</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Export Checkpoint</em>' attribute.
	 * @see #setExportCheckpoint(boolean)
	 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionPackage#getCustomDiffusionConfig_ExportCheckpoint()
	 * @model default="false"
	 *        annotation="http://atelier.org/ui group='Output' label='Merged into a checkpoint too' help='Also write the base model with the trained weights in it, as a single-file checkpoint in the precision asked for (KEEP: the base\'s types); the tokens stay embeddings.'"
	 * @generated
	 */
	boolean isExportCheckpoint();

	/**
	 * Sets the value of the '{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#isExportCheckpoint <em>Export Checkpoint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Export Checkpoint</em>' attribute.
	 * @see #isExportCheckpoint()
	 * @generated
	 */
	void setExportCheckpoint(boolean value);

	/**
	 * Returns the value of the '<em><b>Output Name</b></em>' attribute.
	 * The default value is <code>"custom-diffusion"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Output Name</em>' attribute.
	 * @see #setOutputName(String)
	 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionPackage#getCustomDiffusionConfig_OutputName()
	 * @model default="custom-diffusion"
	 *        annotation="http://atelier.org/ui group='Output' label='Output name' help='The folder of diffusers\' files (pytorch_custom_diffusion_weights.safetensors and a &lt;token&gt;.safetensors per token) under the run\'s output/, and the exports\' file name.'"
	 * @generated
	 */
	String getOutputName();

	/**
	 * Sets the value of the '{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getOutputName <em>Output Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Output Name</em>' attribute.
	 * @see #getOutputName()
	 * @generated
	 */
	void setOutputName(String value);

} // CustomDiffusionConfig
