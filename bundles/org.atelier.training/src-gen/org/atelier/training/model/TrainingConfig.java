/**
 */
package org.atelier.training.model;

import org.atelier.core.model.MethodConfig;
import org.atelier.core.model.TrainsInSteps;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Config</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The hyperparameters every training method shares: the loop, the optimizer and its schedule, the loss, checkpoints and the data pipeline. Methods subclass it (it is concrete so that dynamic EPackages can subclass it: EMF makes their objects from the nearest generated concrete class).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atelier.training.model.TrainingConfig#getBatchSize <em>Batch Size</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#getGradientAccumulation <em>Gradient Accumulation</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#isGradientCheckpointing <em>Gradient Checkpointing</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#isFusedBackPass <em>Fused Back Pass</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#getLearningRate <em>Learning Rate</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#getScheduler <em>Scheduler</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#getWarmupSteps <em>Warmup Steps</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#getRestarts <em>Restarts</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#getPower <em>Power</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#getOptimizer <em>Optimizer</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#getWeightDecay <em>Weight Decay</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#getBeta1 <em>Beta1</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#getBeta2 <em>Beta2</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#isRelativeStep <em>Relative Step</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#isScaleParameter <em>Scale Parameter</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#isWarmupInit <em>Warmup Init</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#getClipThreshold <em>Clip Threshold</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#getDecayRate <em>Decay Rate</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#getAdafactorBeta1 <em>Adafactor Beta1</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#getAdafactorEps1 <em>Adafactor Eps1</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#getAdafactorEps2 <em>Adafactor Eps2</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#getEmaDecay <em>Ema Decay</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#getMaxGradNorm <em>Max Grad Norm</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#getNoiseOffset <em>Noise Offset</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#getMinSnrGamma <em>Min Snr Gamma</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#getClipSkip <em>Clip Skip</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#getCheckpointEverySteps <em>Checkpoint Every Steps</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#getSaveEverySteps <em>Save Every Steps</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#isCacheLatents <em>Cache Latents</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#getValidationShare <em>Validation Share</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#getMissingCaptions <em>Missing Captions</em>}</li>
 * </ul>
 *
 * @see org.atelier.training.model.TrainingPackage#getTrainingConfig()
 * @model
 * @generated
 */
public interface TrainingConfig extends MethodConfig, TrainsInSteps {
	/**
	 * Returns the value of the '<em><b>Batch Size</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Batch Size</em>' attribute.
	 * @see #setBatchSize(int)
	 * @see org.atelier.training.model.TrainingPackage#getTrainingConfig_BatchSize()
	 * @model default="1"
	 *        annotation="http://atelier.org/ui group='Training' label='Batch size' min='1' max='64' help='Images per forward pass; a batch holds images of one bucket.'"
	 * @generated
	 */
	int getBatchSize();

	/**
	 * Sets the value of the '{@link org.atelier.training.model.TrainingConfig#getBatchSize <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Batch Size</em>' attribute.
	 * @see #getBatchSize()
	 * @generated
	 */
	void setBatchSize(int value);

	/**
	 * Returns the value of the '<em><b>Gradient Accumulation</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gradient Accumulation</em>' attribute.
	 * @see #setGradientAccumulation(int)
	 * @see org.atelier.training.model.TrainingPackage#getTrainingConfig_GradientAccumulation()
	 * @model default="1"
	 *        annotation="http://atelier.org/ui group='Training' label='Gradient accumulation' min='1' max='256' help='Forward passes whose gradients add up before each optimizer step.'"
	 * @generated
	 */
	int getGradientAccumulation();

	/**
	 * Sets the value of the '{@link org.atelier.training.model.TrainingConfig#getGradientAccumulation <em>Gradient Accumulation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gradient Accumulation</em>' attribute.
	 * @see #getGradientAccumulation()
	 * @generated
	 */
	void setGradientAccumulation(int value);

	/**
	 * Returns the value of the '<em><b>Gradient Checkpointing</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gradient Checkpointing</em>' attribute.
	 * @see #setGradientCheckpointing(boolean)
	 * @see org.atelier.training.model.TrainingPackage#getTrainingConfig_GradientCheckpointing()
	 * @model default="false"
	 *        annotation="http://atelier.org/ui group='Training' label='Gradient checkpointing' help='Keep only the inputs of the UNet\'s blocks for the backward pass and recompute each block there, as diffusers\' and kohya\'s gradient checkpointing do: the activations take a fraction of the memory (the blocks\' inputs and one block\'s at a time), a step takes about one more forward pass of time, and the gradients are the same.'"
	 * @generated
	 */
	boolean isGradientCheckpointing();

	/**
	 * Sets the value of the '{@link org.atelier.training.model.TrainingConfig#isGradientCheckpointing <em>Gradient Checkpointing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gradient Checkpointing</em>' attribute.
	 * @see #isGradientCheckpointing()
	 * @generated
	 */
	void setGradientCheckpointing(boolean value);

	/**
	 * Returns the value of the '<em><b>Fused Back Pass</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fused Back Pass</em>' attribute.
	 * @see #setFusedBackPass(boolean)
	 * @see org.atelier.training.model.TrainingPackage#getTrainingConfig_FusedBackPass()
	 * @model default="false"
	 *        annotation="http://atelier.org/ui shownWhen='gradientCheckpointing=true' group='Training' label='Fused back pass' help='Step each of the UNet\'s blocks as soon as the backward pass has gone through it, and free its gradients, as OneTrainer\'s fused back pass does: the gradients of full-weight training take one block\'s memory instead of the whole UNet\'s. Needs gradient checkpointing and an optimizer that steps each weight alone (not Prodigy); gradients are clipped weight by weight. With gradient accumulation only the last pass is fused, so it saves nothing there.'"
	 * @generated
	 */
	boolean isFusedBackPass();

	/**
	 * Sets the value of the '{@link org.atelier.training.model.TrainingConfig#isFusedBackPass <em>Fused Back Pass</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fused Back Pass</em>' attribute.
	 * @see #isFusedBackPass()
	 * @generated
	 */
	void setFusedBackPass(boolean value);

	/**
	 * Returns the value of the '<em><b>Learning Rate</b></em>' attribute.
	 * The default value is <code>"1e-4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Learning Rate</em>' attribute.
	 * @see #setLearningRate(String)
	 * @see org.atelier.training.model.TrainingPackage#getTrainingConfig_LearningRate()
	 * @model default="1e-4"
	 *        annotation="http://atelier.org/ui group='Optimizer' label='Learning rate' help='A number, or AUTOMATIC1111\'s schedule: rates with the step they last until, such as 0.005:100, 1e-3:1000, 1e-5 (the last one lasts to the end). A schedule replaces the scheduler below.'"
	 * @generated
	 */
	String getLearningRate();

	/**
	 * Sets the value of the '{@link org.atelier.training.model.TrainingConfig#getLearningRate <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Learning Rate</em>' attribute.
	 * @see #getLearningRate()
	 * @generated
	 */
	void setLearningRate(String value);

	/**
	 * Returns the value of the '<em><b>Scheduler</b></em>' attribute.
	 * The default value is <code>"CONSTANT"</code>.
	 * The literals are from the enumeration {@link org.atelier.training.model.LrScheduler}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scheduler</em>' attribute.
	 * @see org.atelier.training.model.LrScheduler
	 * @see #setScheduler(LrScheduler)
	 * @see org.atelier.training.model.TrainingPackage#getTrainingConfig_Scheduler()
	 * @model default="CONSTANT"
	 *        annotation="http://atelier.org/ui group='Optimizer' label='Scheduler' help='How the learning rate changes over the steps, after the warm-up.'"
	 * @generated
	 */
	LrScheduler getScheduler();

	/**
	 * Sets the value of the '{@link org.atelier.training.model.TrainingConfig#getScheduler <em>Scheduler</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scheduler</em>' attribute.
	 * @see org.atelier.training.model.LrScheduler
	 * @see #getScheduler()
	 * @generated
	 */
	void setScheduler(LrScheduler value);

	/**
	 * Returns the value of the '<em><b>Warmup Steps</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Warmup Steps</em>' attribute.
	 * @see #setWarmupSteps(int)
	 * @see org.atelier.training.model.TrainingPackage#getTrainingConfig_WarmupSteps()
	 * @model default="0"
	 *        annotation="http://atelier.org/ui group='Optimizer' label='Warm-up steps' min='0' max='1000000' help='Steps over which the learning rate rises linearly from 0.'"
	 * @generated
	 */
	int getWarmupSteps();

	/**
	 * Sets the value of the '{@link org.atelier.training.model.TrainingConfig#getWarmupSteps <em>Warmup Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Warmup Steps</em>' attribute.
	 * @see #getWarmupSteps()
	 * @generated
	 */
	void setWarmupSteps(int value);

	/**
	 * Returns the value of the '<em><b>Restarts</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Restarts</em>' attribute.
	 * @see #setRestarts(int)
	 * @see org.atelier.training.model.TrainingPackage#getTrainingConfig_Restarts()
	 * @model default="1"
	 *        annotation="http://atelier.org/ui shownWhen='scheduler=COSINE_WITH_RESTARTS' group='Optimizer' label='Restarts' min='1' max='1000' help='Cycles of the cosine schedule with restarts.'"
	 * @generated
	 */
	int getRestarts();

	/**
	 * Sets the value of the '{@link org.atelier.training.model.TrainingConfig#getRestarts <em>Restarts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Restarts</em>' attribute.
	 * @see #getRestarts()
	 * @generated
	 */
	void setRestarts(int value);

	/**
	 * Returns the value of the '<em><b>Power</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Power</em>' attribute.
	 * @see #setPower(double)
	 * @see org.atelier.training.model.TrainingPackage#getTrainingConfig_Power()
	 * @model default="1.0"
	 *        annotation="http://atelier.org/ui shownWhen='scheduler=POLYNOMIAL' group='Optimizer' label='Power' min='0' max='10' help='The exponent of the polynomial decay (1: linear).'"
	 * @generated
	 */
	double getPower();

	/**
	 * Sets the value of the '{@link org.atelier.training.model.TrainingConfig#getPower <em>Power</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Power</em>' attribute.
	 * @see #getPower()
	 * @generated
	 */
	void setPower(double value);

	/**
	 * Returns the value of the '<em><b>Optimizer</b></em>' attribute.
	 * The default value is <code>"ADAMW"</code>.
	 * The literals are from the enumeration {@link org.atelier.training.model.OptimizerKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Optimizer</em>' attribute.
	 * @see org.atelier.training.model.OptimizerKind
	 * @see #setOptimizer(OptimizerKind)
	 * @see org.atelier.training.model.TrainingPackage#getTrainingConfig_Optimizer()
	 * @model default="ADAMW"
	 *        annotation="http://atelier.org/ui group='Optimizer' label='Optimizer' help='AdamW (decoupled weight decay), Adam (L2 weight decay), Lion (sign of the interpolated momentum), SGD with momentum, Prodigy (Adam that finds its own step size: set the learning rate to 1, a multiplier of what it finds), Adafactor (Adam with the second moment factored into its rows and columns: a fraction of its memory; finds its own step size unless Relative step is off).'"
	 * @generated
	 */
	OptimizerKind getOptimizer();

	/**
	 * Sets the value of the '{@link org.atelier.training.model.TrainingConfig#getOptimizer <em>Optimizer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Optimizer</em>' attribute.
	 * @see org.atelier.training.model.OptimizerKind
	 * @see #getOptimizer()
	 * @generated
	 */
	void setOptimizer(OptimizerKind value);

	/**
	 * Returns the value of the '<em><b>Weight Decay</b></em>' attribute.
	 * The default value is <code>"0.01"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Weight Decay</em>' attribute.
	 * @see #setWeightDecay(double)
	 * @see org.atelier.training.model.TrainingPackage#getTrainingConfig_WeightDecay()
	 * @model default="0.01"
	 *        annotation="http://atelier.org/ui group='Optimizer' label='Weight decay' min='0' max='1' help='The weights shrink by the learning rate times this at each step (Adam and SGD: added to the gradient instead). Adafactor\'s own default is 0.'"
	 * @generated
	 */
	double getWeightDecay();

	/**
	 * Sets the value of the '{@link org.atelier.training.model.TrainingConfig#getWeightDecay <em>Weight Decay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight Decay</em>' attribute.
	 * @see #getWeightDecay()
	 * @generated
	 */
	void setWeightDecay(double value);

	/**
	 * Returns the value of the '<em><b>Beta1</b></em>' attribute.
	 * The default value is <code>"0.9"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Beta1</em>' attribute.
	 * @see #setBeta1(double)
	 * @see org.atelier.training.model.TrainingPackage#getTrainingConfig_Beta1()
	 * @model default="0.9"
	 *        annotation="http://atelier.org/ui shownWhen='optimizer=ADAMW,ADAM,LION,SGD,PRODIGY' group='Optimizer' label='Beta 1' min='0' max='1' help='AdamW, Adam, Lion, Prodigy: the first moment\'s decay; SGD: the momentum.'"
	 * @generated
	 */
	double getBeta1();

	/**
	 * Sets the value of the '{@link org.atelier.training.model.TrainingConfig#getBeta1 <em>Beta1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beta1</em>' attribute.
	 * @see #getBeta1()
	 * @generated
	 */
	void setBeta1(double value);

	/**
	 * Returns the value of the '<em><b>Beta2</b></em>' attribute.
	 * The default value is <code>"0.999"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Beta2</em>' attribute.
	 * @see #setBeta2(double)
	 * @see org.atelier.training.model.TrainingPackage#getTrainingConfig_Beta2()
	 * @model default="0.999"
	 *        annotation="http://atelier.org/ui shownWhen='optimizer=ADAMW,ADAM,LION,PRODIGY' group='Optimizer' label='Beta 2' min='0' max='1' help='AdamW, Adam, Lion, Prodigy: the second moment\'s decay (Lion: the momentum\'s; Prodigy averages its distance estimate with its square root).'"
	 * @generated
	 */
	double getBeta2();

	/**
	 * Sets the value of the '{@link org.atelier.training.model.TrainingConfig#getBeta2 <em>Beta2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beta2</em>' attribute.
	 * @see #getBeta2()
	 * @generated
	 */
	void setBeta2(double value);

	/**
	 * Returns the value of the '<em><b>Relative Step</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Relative Step</em>' attribute.
	 * @see #setRelativeStep(boolean)
	 * @see org.atelier.training.model.TrainingPackage#getTrainingConfig_RelativeStep()
	 * @model default="true"
	 *        annotation="http://atelier.org/ui shownWhen='optimizer=ADAFACTOR' group='Optimizer' label='Relative step' help='Adafactor makes its own step size, min(1e-2, 1/sqrt(step)), times the parameter\'s scale: the learning rate, its scheduler and warm-up and the text encoder\'s rate are then ignored, as in kohya, and the Run view charts the rate it makes (relative_step; on by default there and in transformers). Off: the learning rate and its schedule apply.'"
	 * @generated
	 */
	boolean isRelativeStep();

	/**
	 * Sets the value of the '{@link org.atelier.training.model.TrainingConfig#isRelativeStep <em>Relative Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Relative Step</em>' attribute.
	 * @see #isRelativeStep()
	 * @generated
	 */
	void setRelativeStep(boolean value);

	/**
	 * Returns the value of the '<em><b>Scale Parameter</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scale Parameter</em>' attribute.
	 * @see #setScaleParameter(boolean)
	 * @see org.atelier.training.model.TrainingPackage#getTrainingConfig_ScaleParameter()
	 * @model default="true"
	 *        annotation="http://atelier.org/ui shownWhen='optimizer=ADAFACTOR' group='Optimizer' label='Scale by the parameter' help='Multiplies the step size by the parameter\'s root mean square (at least Epsilon 2), so that each weight moves in proportion to its size (scale_parameter); with Relative step off, the learning rate too.'"
	 * @generated
	 */
	boolean isScaleParameter();

	/**
	 * Sets the value of the '{@link org.atelier.training.model.TrainingConfig#isScaleParameter <em>Scale Parameter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale Parameter</em>' attribute.
	 * @see #isScaleParameter()
	 * @generated
	 */
	void setScaleParameter(boolean value);

	/**
	 * Returns the value of the '<em><b>Warmup Init</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Warmup Init</em>' attribute.
	 * @see #setWarmupInit(boolean)
	 * @see org.atelier.training.model.TrainingPackage#getTrainingConfig_WarmupInit()
	 * @model default="false"
	 *        annotation="http://atelier.org/ui shownWhen='optimizer=ADAFACTOR' group='Optimizer' label='Warm-up init' help='With Relative step (which it needs): the step size rises as 1e-6 \327 step instead of starting at 1e-2 (warmup_init).'"
	 * @generated
	 */
	boolean isWarmupInit();

	/**
	 * Sets the value of the '{@link org.atelier.training.model.TrainingConfig#isWarmupInit <em>Warmup Init</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Warmup Init</em>' attribute.
	 * @see #isWarmupInit()
	 * @generated
	 */
	void setWarmupInit(boolean value);

	/**
	 * Returns the value of the '<em><b>Clip Threshold</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Clip Threshold</em>' attribute.
	 * @see #setClipThreshold(double)
	 * @see org.atelier.training.model.TrainingPackage#getTrainingConfig_ClipThreshold()
	 * @model default="1.0"
	 *        annotation="http://atelier.org/ui shownWhen='optimizer=ADAFACTOR' group='Optimizer' label='Update clipping' min='0.001' max='1000' help='An update whose root mean square exceeds this is scaled down to it (clip_threshold).'"
	 * @generated
	 */
	double getClipThreshold();

	/**
	 * Sets the value of the '{@link org.atelier.training.model.TrainingConfig#getClipThreshold <em>Clip Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Clip Threshold</em>' attribute.
	 * @see #getClipThreshold()
	 * @generated
	 */
	void setClipThreshold(double value);

	/**
	 * Returns the value of the '<em><b>Decay Rate</b></em>' attribute.
	 * The default value is <code>"-0.8"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decay Rate</em>' attribute.
	 * @see #setDecayRate(double)
	 * @see org.atelier.training.model.TrainingPackage#getTrainingConfig_DecayRate()
	 * @model default="-0.8"
	 *        annotation="http://atelier.org/ui shownWhen='optimizer=ADAFACTOR' group='Optimizer' label='Decay rate' min='-1' max='0' help='The second moment\'s averaging: at step t it keeps 1 - t^rate of the past (decay_rate; -0.8 as in the paper).'"
	 * @generated
	 */
	double getDecayRate();

	/**
	 * Sets the value of the '{@link org.atelier.training.model.TrainingConfig#getDecayRate <em>Decay Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decay Rate</em>' attribute.
	 * @see #getDecayRate()
	 * @generated
	 */
	void setDecayRate(double value);

	/**
	 * Returns the value of the '<em><b>Adafactor Beta1</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adafactor Beta1</em>' attribute.
	 * @see #setAdafactorBeta1(double)
	 * @see org.atelier.training.model.TrainingPackage#getTrainingConfig_AdafactorBeta1()
	 * @model default="0.0"
	 *        annotation="http://atelier.org/ui shownWhen='optimizer=ADAFACTOR' group='Optimizer' label='Beta 1 (Adafactor)' min='0' max='0.9999' help='The first moment\'s decay (beta1); 0 keeps none, Adafactor\'s default: a first moment costs a full copy of the trained weights.'"
	 * @generated
	 */
	double getAdafactorBeta1();

	/**
	 * Sets the value of the '{@link org.atelier.training.model.TrainingConfig#getAdafactorBeta1 <em>Adafactor Beta1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adafactor Beta1</em>' attribute.
	 * @see #getAdafactorBeta1()
	 * @generated
	 */
	void setAdafactorBeta1(double value);

	/**
	 * Returns the value of the '<em><b>Adafactor Eps1</b></em>' attribute.
	 * The default value is <code>"1.0E-30"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adafactor Eps1</em>' attribute.
	 * @see #setAdafactorEps1(double)
	 * @see org.atelier.training.model.TrainingPackage#getTrainingConfig_AdafactorEps1()
	 * @model default="1.0E-30"
	 *        annotation="http://atelier.org/ui shownWhen='optimizer=ADAFACTOR' group='Optimizer' label='Epsilon 1' min='0' max='1' help='Added to the squared gradients before they are averaged (eps, its first value).'"
	 * @generated
	 */
	double getAdafactorEps1();

	/**
	 * Sets the value of the '{@link org.atelier.training.model.TrainingConfig#getAdafactorEps1 <em>Adafactor Eps1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adafactor Eps1</em>' attribute.
	 * @see #getAdafactorEps1()
	 * @generated
	 */
	void setAdafactorEps1(double value);

	/**
	 * Returns the value of the '<em><b>Adafactor Eps2</b></em>' attribute.
	 * The default value is <code>"0.001"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adafactor Eps2</em>' attribute.
	 * @see #setAdafactorEps2(double)
	 * @see org.atelier.training.model.TrainingPackage#getTrainingConfig_AdafactorEps2()
	 * @model default="0.001"
	 *        annotation="http://atelier.org/ui shownWhen='optimizer=ADAFACTOR' group='Optimizer' label='Epsilon 2' min='0' max='1' help='The least parameter scale that Scale by the parameter takes (eps, its second value).'"
	 * @generated
	 */
	double getAdafactorEps2();

	/**
	 * Sets the value of the '{@link org.atelier.training.model.TrainingConfig#getAdafactorEps2 <em>Adafactor Eps2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adafactor Eps2</em>' attribute.
	 * @see #getAdafactorEps2()
	 * @generated
	 */
	void setAdafactorEps2(double value);

	/**
	 * Returns the value of the '<em><b>Ema Decay</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ema Decay</em>' attribute.
	 * @see #setEmaDecay(double)
	 * @see org.atelier.training.model.TrainingPackage#getTrainingConfig_EmaDecay()
	 * @model default="0.0"
	 *        annotation="http://atelier.org/ui group='Optimizer' label='EMA decay' min='0' max='0.99999' help='Keep an exponential moving average of the trained weights (0.999 is usual; 0 for none): samples and the result are made with the average, the validation loss with the trained weights.'"
	 * @generated
	 */
	double getEmaDecay();

	/**
	 * Sets the value of the '{@link org.atelier.training.model.TrainingConfig#getEmaDecay <em>Ema Decay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ema Decay</em>' attribute.
	 * @see #getEmaDecay()
	 * @generated
	 */
	void setEmaDecay(double value);

	/**
	 * Returns the value of the '<em><b>Max Grad Norm</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Grad Norm</em>' attribute.
	 * @see #setMaxGradNorm(double)
	 * @see org.atelier.training.model.TrainingPackage#getTrainingConfig_MaxGradNorm()
	 * @model default="1.0"
	 *        annotation="http://atelier.org/ui group='Optimizer' label='Gradient clipping' min='0' max='1000' help='The largest norm of all gradients together; 0 for no clipping.'"
	 * @generated
	 */
	double getMaxGradNorm();

	/**
	 * Sets the value of the '{@link org.atelier.training.model.TrainingConfig#getMaxGradNorm <em>Max Grad Norm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Grad Norm</em>' attribute.
	 * @see #getMaxGradNorm()
	 * @generated
	 */
	void setMaxGradNorm(double value);

	/**
	 * Returns the value of the '<em><b>Noise Offset</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Noise Offset</em>' attribute.
	 * @see #setNoiseOffset(double)
	 * @see org.atelier.training.model.TrainingPackage#getTrainingConfig_NoiseOffset()
	 * @model default="0.0"
	 *        annotation="http://atelier.org/ui group='Loss' label='Noise offset' min='0' max='1' help='Adds this much of one random value per image and channel to the noise (darker darks, brighter brights).'"
	 * @generated
	 */
	double getNoiseOffset();

	/**
	 * Sets the value of the '{@link org.atelier.training.model.TrainingConfig#getNoiseOffset <em>Noise Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Noise Offset</em>' attribute.
	 * @see #getNoiseOffset()
	 * @generated
	 */
	void setNoiseOffset(double value);

	/**
	 * Returns the value of the '<em><b>Min Snr Gamma</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Snr Gamma</em>' attribute.
	 * @see #setMinSnrGamma(double)
	 * @see org.atelier.training.model.TrainingPackage#getTrainingConfig_MinSnrGamma()
	 * @model default="0.0"
	 *        annotation="http://atelier.org/ui group='Loss' label='Min-SNR gamma' min='0' max='100' help='Weighs each timestep\'s loss by min(SNR, gamma) / SNR (divided by SNR + 1 for v-prediction); 0 for none, 5 is usual.'"
	 * @generated
	 */
	double getMinSnrGamma();

	/**
	 * Sets the value of the '{@link org.atelier.training.model.TrainingConfig#getMinSnrGamma <em>Min Snr Gamma</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Snr Gamma</em>' attribute.
	 * @see #getMinSnrGamma()
	 * @generated
	 */
	void setMinSnrGamma(double value);

	/**
	 * Returns the value of the '<em><b>Clip Skip</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Clip Skip</em>' attribute.
	 * @see #setClipSkip(int)
	 * @see org.atelier.training.model.TrainingPackage#getTrainingConfig_ClipSkip()
	 * @model default="1"
	 *        annotation="http://atelier.org/ui group='Loss' label='CLIP skip' min='1' max='12' help='As in AUTOMATIC1111: 2 takes the text encoder\'s penultimate layer.'"
	 * @generated
	 */
	int getClipSkip();

	/**
	 * Sets the value of the '{@link org.atelier.training.model.TrainingConfig#getClipSkip <em>Clip Skip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Clip Skip</em>' attribute.
	 * @see #getClipSkip()
	 * @generated
	 */
	void setClipSkip(int value);

	/**
	 * Returns the value of the '<em><b>Checkpoint Every Steps</b></em>' attribute.
	 * The default value is <code>"100"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Checkpoint Every Steps</em>' attribute.
	 * @see #setCheckpointEverySteps(int)
	 * @see org.atelier.training.model.TrainingPackage#getTrainingConfig_CheckpointEverySteps()
	 * @model default="100"
	 *        annotation="http://atelier.org/ui group='Saving' label='Checkpoint every' min='1' max='1000000' help='Steps between resumable checkpoints (and validation, when some images are held out).'"
	 * @generated
	 */
	int getCheckpointEverySteps();

	/**
	 * Sets the value of the '{@link org.atelier.training.model.TrainingConfig#getCheckpointEverySteps <em>Checkpoint Every Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Checkpoint Every Steps</em>' attribute.
	 * @see #getCheckpointEverySteps()
	 * @generated
	 */
	void setCheckpointEverySteps(int value);

	/**
	 * Returns the value of the '<em><b>Save Every Steps</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Save Every Steps</em>' attribute.
	 * @see #setSaveEverySteps(int)
	 * @see org.atelier.training.model.TrainingPackage#getTrainingConfig_SaveEverySteps()
	 * @model default="0"
	 *        annotation="http://atelier.org/ui group='Saving' label='Save result every' min='0' max='1000000' help='Steps between usable copies of the result on the way (kohya\'s save_every_n_steps, AUTOMATIC1111\'s \'save a copy of the embedding every N steps\'), each named with its step (an embedding: name-500.pt, a word of its own; other results in a folder step-00000500); 0: the end\'s only.'"
	 * @generated
	 */
	int getSaveEverySteps();

	/**
	 * Sets the value of the '{@link org.atelier.training.model.TrainingConfig#getSaveEverySteps <em>Save Every Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Save Every Steps</em>' attribute.
	 * @see #getSaveEverySteps()
	 * @generated
	 */
	void setSaveEverySteps(int value);

	/**
	 * Returns the value of the '<em><b>Cache Latents</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cache Latents</em>' attribute.
	 * @see #setCacheLatents(boolean)
	 * @see org.atelier.training.model.TrainingPackage#getTrainingConfig_CacheLatents()
	 * @model default="true"
	 *        annotation="http://atelier.org/ui group='Data' label='Cache latents' help='Encode each image once and keep its latents on disk, reused until the image, the VAE or the bucket changes.'"
	 * @generated
	 */
	boolean isCacheLatents();

	/**
	 * Sets the value of the '{@link org.atelier.training.model.TrainingConfig#isCacheLatents <em>Cache Latents</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cache Latents</em>' attribute.
	 * @see #isCacheLatents()
	 * @generated
	 */
	void setCacheLatents(boolean value);

	/**
	 * Returns the value of the '<em><b>Validation Share</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Validation Share</em>' attribute.
	 * @see #setValidationShare(double)
	 * @see org.atelier.training.model.TrainingPackage#getTrainingConfig_ValidationShare()
	 * @model default="0.0"
	 *        annotation="http://atelier.org/ui group='Data' label='Held out' min='0' max='0.5' help='The share of images kept out of training to measure a validation loss with fixed noise and timesteps.'"
	 * @generated
	 */
	double getValidationShare();

	/**
	 * Sets the value of the '{@link org.atelier.training.model.TrainingConfig#getValidationShare <em>Validation Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Validation Share</em>' attribute.
	 * @see #getValidationShare()
	 * @generated
	 */
	void setValidationShare(double value);

	/**
	 * Returns the value of the '<em><b>Missing Captions</b></em>' attribute.
	 * The default value is <code>"USE_CLASS_TOKENS"</code>.
	 * The literals are from the enumeration {@link org.atelier.training.model.MissingCaptions}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Missing Captions</em>' attribute.
	 * @see org.atelier.training.model.MissingCaptions
	 * @see #setMissingCaptions(MissingCaptions)
	 * @see org.atelier.training.model.TrainingPackage#getTrainingConfig_MissingCaptions()
	 * @model default="USE_CLASS_TOKENS"
	 *        annotation="http://atelier.org/ui group='Data' label='Images without captions' help='Use the subset\'s class tokens (or its folder\'s name) for an image without a caption file, or stop with the list.'"
	 * @generated
	 */
	MissingCaptions getMissingCaptions();

	/**
	 * Sets the value of the '{@link org.atelier.training.model.TrainingConfig#getMissingCaptions <em>Missing Captions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Missing Captions</em>' attribute.
	 * @see org.atelier.training.model.MissingCaptions
	 * @see #getMissingCaptions()
	 * @generated
	 */
	void setMissingCaptions(MissingCaptions value);

} // TrainingConfig
