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
 *   <li>{@link org.atelier.training.model.TrainingConfig#getLearningRate <em>Learning Rate</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#getScheduler <em>Scheduler</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#getWarmupSteps <em>Warmup Steps</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#getRestarts <em>Restarts</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#getPower <em>Power</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#getOptimizer <em>Optimizer</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#getWeightDecay <em>Weight Decay</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#getBeta1 <em>Beta1</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#getBeta2 <em>Beta2</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#getEmaDecay <em>Ema Decay</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#getMaxGradNorm <em>Max Grad Norm</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#getNoiseOffset <em>Noise Offset</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#getMinSnrGamma <em>Min Snr Gamma</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#getClipSkip <em>Clip Skip</em>}</li>
 *   <li>{@link org.atelier.training.model.TrainingConfig#getCheckpointEverySteps <em>Checkpoint Every Steps</em>}</li>
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
	 *        annotation="http://atelier.org/ui group='Optimizer' label='Optimizer' help='AdamW (decoupled weight decay), Adam (L2 weight decay), Lion (sign of the interpolated momentum), SGD with momentum, Prodigy (Adam that finds its own step size: set the learning rate to 1, a multiplier of what it finds).'"
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
	 *        annotation="http://atelier.org/ui group='Optimizer' label='Weight decay' min='0' max='1'"
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
	 *        annotation="http://atelier.org/ui group='Optimizer' label='Beta 1' min='0' max='1' help='AdamW, Adam, Lion, Prodigy: the first moment\'s decay; SGD: the momentum.'"
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
