/**
 */
package org.atelier.training.model.impl;

import org.atelier.core.model.AtelierPackage;
import org.atelier.core.model.TrainsInSteps;

import org.atelier.core.model.impl.MethodConfigImpl;

import org.atelier.training.model.LrScheduler;
import org.atelier.training.model.MissingCaptions;
import org.atelier.training.model.OptimizerKind;
import org.atelier.training.model.TrainingConfig;
import org.atelier.training.model.TrainingPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Config</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.atelier.training.model.impl.TrainingConfigImpl#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.atelier.training.model.impl.TrainingConfigImpl#getBatchSize <em>Batch Size</em>}</li>
 *   <li>{@link org.atelier.training.model.impl.TrainingConfigImpl#getGradientAccumulation <em>Gradient Accumulation</em>}</li>
 *   <li>{@link org.atelier.training.model.impl.TrainingConfigImpl#isGradientCheckpointing <em>Gradient Checkpointing</em>}</li>
 *   <li>{@link org.atelier.training.model.impl.TrainingConfigImpl#isFusedBackPass <em>Fused Back Pass</em>}</li>
 *   <li>{@link org.atelier.training.model.impl.TrainingConfigImpl#getLearningRate <em>Learning Rate</em>}</li>
 *   <li>{@link org.atelier.training.model.impl.TrainingConfigImpl#getScheduler <em>Scheduler</em>}</li>
 *   <li>{@link org.atelier.training.model.impl.TrainingConfigImpl#getWarmupSteps <em>Warmup Steps</em>}</li>
 *   <li>{@link org.atelier.training.model.impl.TrainingConfigImpl#getRestarts <em>Restarts</em>}</li>
 *   <li>{@link org.atelier.training.model.impl.TrainingConfigImpl#getPower <em>Power</em>}</li>
 *   <li>{@link org.atelier.training.model.impl.TrainingConfigImpl#getOptimizer <em>Optimizer</em>}</li>
 *   <li>{@link org.atelier.training.model.impl.TrainingConfigImpl#getWeightDecay <em>Weight Decay</em>}</li>
 *   <li>{@link org.atelier.training.model.impl.TrainingConfigImpl#getBeta1 <em>Beta1</em>}</li>
 *   <li>{@link org.atelier.training.model.impl.TrainingConfigImpl#getBeta2 <em>Beta2</em>}</li>
 *   <li>{@link org.atelier.training.model.impl.TrainingConfigImpl#isRelativeStep <em>Relative Step</em>}</li>
 *   <li>{@link org.atelier.training.model.impl.TrainingConfigImpl#isScaleParameter <em>Scale Parameter</em>}</li>
 *   <li>{@link org.atelier.training.model.impl.TrainingConfigImpl#isWarmupInit <em>Warmup Init</em>}</li>
 *   <li>{@link org.atelier.training.model.impl.TrainingConfigImpl#getClipThreshold <em>Clip Threshold</em>}</li>
 *   <li>{@link org.atelier.training.model.impl.TrainingConfigImpl#getDecayRate <em>Decay Rate</em>}</li>
 *   <li>{@link org.atelier.training.model.impl.TrainingConfigImpl#getAdafactorBeta1 <em>Adafactor Beta1</em>}</li>
 *   <li>{@link org.atelier.training.model.impl.TrainingConfigImpl#getAdafactorEps1 <em>Adafactor Eps1</em>}</li>
 *   <li>{@link org.atelier.training.model.impl.TrainingConfigImpl#getAdafactorEps2 <em>Adafactor Eps2</em>}</li>
 *   <li>{@link org.atelier.training.model.impl.TrainingConfigImpl#getEmaDecay <em>Ema Decay</em>}</li>
 *   <li>{@link org.atelier.training.model.impl.TrainingConfigImpl#getMaxGradNorm <em>Max Grad Norm</em>}</li>
 *   <li>{@link org.atelier.training.model.impl.TrainingConfigImpl#getNoiseOffset <em>Noise Offset</em>}</li>
 *   <li>{@link org.atelier.training.model.impl.TrainingConfigImpl#getMinSnrGamma <em>Min Snr Gamma</em>}</li>
 *   <li>{@link org.atelier.training.model.impl.TrainingConfigImpl#getClipSkip <em>Clip Skip</em>}</li>
 *   <li>{@link org.atelier.training.model.impl.TrainingConfigImpl#getCheckpointEverySteps <em>Checkpoint Every Steps</em>}</li>
 *   <li>{@link org.atelier.training.model.impl.TrainingConfigImpl#getSaveEverySteps <em>Save Every Steps</em>}</li>
 *   <li>{@link org.atelier.training.model.impl.TrainingConfigImpl#isCacheLatents <em>Cache Latents</em>}</li>
 *   <li>{@link org.atelier.training.model.impl.TrainingConfigImpl#getValidationShare <em>Validation Share</em>}</li>
 *   <li>{@link org.atelier.training.model.impl.TrainingConfigImpl#getMissingCaptions <em>Missing Captions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrainingConfigImpl extends MethodConfigImpl implements TrainingConfig {
	/**
	 * The default value of the '{@link #getSteps() <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected static final int STEPS_EDEFAULT = 500;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected int steps = STEPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBatchSize() <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchSize()
	 * @generated
	 * @ordered
	 */
	protected static final int BATCH_SIZE_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getBatchSize() <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchSize()
	 * @generated
	 * @ordered
	 */
	protected int batchSize = BATCH_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getGradientAccumulation() <em>Gradient Accumulation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGradientAccumulation()
	 * @generated
	 * @ordered
	 */
	protected static final int GRADIENT_ACCUMULATION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getGradientAccumulation() <em>Gradient Accumulation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGradientAccumulation()
	 * @generated
	 * @ordered
	 */
	protected int gradientAccumulation = GRADIENT_ACCUMULATION_EDEFAULT;

	/**
	 * The default value of the '{@link #isGradientCheckpointing() <em>Gradient Checkpointing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGradientCheckpointing()
	 * @generated
	 * @ordered
	 */
	protected static final boolean GRADIENT_CHECKPOINTING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isGradientCheckpointing() <em>Gradient Checkpointing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGradientCheckpointing()
	 * @generated
	 * @ordered
	 */
	protected boolean gradientCheckpointing = GRADIENT_CHECKPOINTING_EDEFAULT;

	/**
	 * The default value of the '{@link #isFusedBackPass() <em>Fused Back Pass</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFusedBackPass()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FUSED_BACK_PASS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFusedBackPass() <em>Fused Back Pass</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFusedBackPass()
	 * @generated
	 * @ordered
	 */
	protected boolean fusedBackPass = FUSED_BACK_PASS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLearningRate() <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningRate()
	 * @generated
	 * @ordered
	 */
	protected static final String LEARNING_RATE_EDEFAULT = "1e-4";

	/**
	 * The cached value of the '{@link #getLearningRate() <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningRate()
	 * @generated
	 * @ordered
	 */
	protected String learningRate = LEARNING_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getScheduler() <em>Scheduler</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheduler()
	 * @generated
	 * @ordered
	 */
	protected static final LrScheduler SCHEDULER_EDEFAULT = LrScheduler.CONSTANT;

	/**
	 * The cached value of the '{@link #getScheduler() <em>Scheduler</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheduler()
	 * @generated
	 * @ordered
	 */
	protected LrScheduler scheduler = SCHEDULER_EDEFAULT;

	/**
	 * The default value of the '{@link #getWarmupSteps() <em>Warmup Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWarmupSteps()
	 * @generated
	 * @ordered
	 */
	protected static final int WARMUP_STEPS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getWarmupSteps() <em>Warmup Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWarmupSteps()
	 * @generated
	 * @ordered
	 */
	protected int warmupSteps = WARMUP_STEPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRestarts() <em>Restarts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRestarts()
	 * @generated
	 * @ordered
	 */
	protected static final int RESTARTS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getRestarts() <em>Restarts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRestarts()
	 * @generated
	 * @ordered
	 */
	protected int restarts = RESTARTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPower() <em>Power</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPower()
	 * @generated
	 * @ordered
	 */
	protected static final double POWER_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getPower() <em>Power</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPower()
	 * @generated
	 * @ordered
	 */
	protected double power = POWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getOptimizer() <em>Optimizer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptimizer()
	 * @generated
	 * @ordered
	 */
	protected static final OptimizerKind OPTIMIZER_EDEFAULT = OptimizerKind.ADAMW;

	/**
	 * The cached value of the '{@link #getOptimizer() <em>Optimizer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptimizer()
	 * @generated
	 * @ordered
	 */
	protected OptimizerKind optimizer = OPTIMIZER_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeightDecay() <em>Weight Decay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightDecay()
	 * @generated
	 * @ordered
	 */
	protected static final double WEIGHT_DECAY_EDEFAULT = 0.01;

	/**
	 * The cached value of the '{@link #getWeightDecay() <em>Weight Decay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightDecay()
	 * @generated
	 * @ordered
	 */
	protected double weightDecay = WEIGHT_DECAY_EDEFAULT;

	/**
	 * The default value of the '{@link #getBeta1() <em>Beta1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeta1()
	 * @generated
	 * @ordered
	 */
	protected static final double BETA1_EDEFAULT = 0.9;

	/**
	 * The cached value of the '{@link #getBeta1() <em>Beta1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeta1()
	 * @generated
	 * @ordered
	 */
	protected double beta1 = BETA1_EDEFAULT;

	/**
	 * The default value of the '{@link #getBeta2() <em>Beta2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeta2()
	 * @generated
	 * @ordered
	 */
	protected static final double BETA2_EDEFAULT = 0.999;

	/**
	 * The cached value of the '{@link #getBeta2() <em>Beta2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeta2()
	 * @generated
	 * @ordered
	 */
	protected double beta2 = BETA2_EDEFAULT;

	/**
	 * The default value of the '{@link #isRelativeStep() <em>Relative Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRelativeStep()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RELATIVE_STEP_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isRelativeStep() <em>Relative Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRelativeStep()
	 * @generated
	 * @ordered
	 */
	protected boolean relativeStep = RELATIVE_STEP_EDEFAULT;

	/**
	 * The default value of the '{@link #isScaleParameter() <em>Scale Parameter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isScaleParameter()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SCALE_PARAMETER_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isScaleParameter() <em>Scale Parameter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isScaleParameter()
	 * @generated
	 * @ordered
	 */
	protected boolean scaleParameter = SCALE_PARAMETER_EDEFAULT;

	/**
	 * The default value of the '{@link #isWarmupInit() <em>Warmup Init</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWarmupInit()
	 * @generated
	 * @ordered
	 */
	protected static final boolean WARMUP_INIT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isWarmupInit() <em>Warmup Init</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWarmupInit()
	 * @generated
	 * @ordered
	 */
	protected boolean warmupInit = WARMUP_INIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getClipThreshold() <em>Clip Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClipThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final double CLIP_THRESHOLD_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getClipThreshold() <em>Clip Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClipThreshold()
	 * @generated
	 * @ordered
	 */
	protected double clipThreshold = CLIP_THRESHOLD_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecayRate() <em>Decay Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecayRate()
	 * @generated
	 * @ordered
	 */
	protected static final double DECAY_RATE_EDEFAULT = -0.8;

	/**
	 * The cached value of the '{@link #getDecayRate() <em>Decay Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecayRate()
	 * @generated
	 * @ordered
	 */
	protected double decayRate = DECAY_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdafactorBeta1() <em>Adafactor Beta1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdafactorBeta1()
	 * @generated
	 * @ordered
	 */
	protected static final double ADAFACTOR_BETA1_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAdafactorBeta1() <em>Adafactor Beta1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdafactorBeta1()
	 * @generated
	 * @ordered
	 */
	protected double adafactorBeta1 = ADAFACTOR_BETA1_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdafactorEps1() <em>Adafactor Eps1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdafactorEps1()
	 * @generated
	 * @ordered
	 */
	protected static final double ADAFACTOR_EPS1_EDEFAULT = 1.0E-30;

	/**
	 * The cached value of the '{@link #getAdafactorEps1() <em>Adafactor Eps1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdafactorEps1()
	 * @generated
	 * @ordered
	 */
	protected double adafactorEps1 = ADAFACTOR_EPS1_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdafactorEps2() <em>Adafactor Eps2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdafactorEps2()
	 * @generated
	 * @ordered
	 */
	protected static final double ADAFACTOR_EPS2_EDEFAULT = 0.001;

	/**
	 * The cached value of the '{@link #getAdafactorEps2() <em>Adafactor Eps2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdafactorEps2()
	 * @generated
	 * @ordered
	 */
	protected double adafactorEps2 = ADAFACTOR_EPS2_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmaDecay() <em>Ema Decay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmaDecay()
	 * @generated
	 * @ordered
	 */
	protected static final double EMA_DECAY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getEmaDecay() <em>Ema Decay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmaDecay()
	 * @generated
	 * @ordered
	 */
	protected double emaDecay = EMA_DECAY_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxGradNorm() <em>Max Grad Norm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxGradNorm()
	 * @generated
	 * @ordered
	 */
	protected static final double MAX_GRAD_NORM_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getMaxGradNorm() <em>Max Grad Norm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxGradNorm()
	 * @generated
	 * @ordered
	 */
	protected double maxGradNorm = MAX_GRAD_NORM_EDEFAULT;

	/**
	 * The default value of the '{@link #getNoiseOffset() <em>Noise Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoiseOffset()
	 * @generated
	 * @ordered
	 */
	protected static final double NOISE_OFFSET_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getNoiseOffset() <em>Noise Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoiseOffset()
	 * @generated
	 * @ordered
	 */
	protected double noiseOffset = NOISE_OFFSET_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinSnrGamma() <em>Min Snr Gamma</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinSnrGamma()
	 * @generated
	 * @ordered
	 */
	protected static final double MIN_SNR_GAMMA_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMinSnrGamma() <em>Min Snr Gamma</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinSnrGamma()
	 * @generated
	 * @ordered
	 */
	protected double minSnrGamma = MIN_SNR_GAMMA_EDEFAULT;

	/**
	 * The default value of the '{@link #getClipSkip() <em>Clip Skip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClipSkip()
	 * @generated
	 * @ordered
	 */
	protected static final int CLIP_SKIP_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getClipSkip() <em>Clip Skip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClipSkip()
	 * @generated
	 * @ordered
	 */
	protected int clipSkip = CLIP_SKIP_EDEFAULT;

	/**
	 * The default value of the '{@link #getCheckpointEverySteps() <em>Checkpoint Every Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheckpointEverySteps()
	 * @generated
	 * @ordered
	 */
	protected static final int CHECKPOINT_EVERY_STEPS_EDEFAULT = 100;

	/**
	 * The cached value of the '{@link #getCheckpointEverySteps() <em>Checkpoint Every Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheckpointEverySteps()
	 * @generated
	 * @ordered
	 */
	protected int checkpointEverySteps = CHECKPOINT_EVERY_STEPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSaveEverySteps() <em>Save Every Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSaveEverySteps()
	 * @generated
	 * @ordered
	 */
	protected static final int SAVE_EVERY_STEPS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSaveEverySteps() <em>Save Every Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSaveEverySteps()
	 * @generated
	 * @ordered
	 */
	protected int saveEverySteps = SAVE_EVERY_STEPS_EDEFAULT;

	/**
	 * The default value of the '{@link #isCacheLatents() <em>Cache Latents</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCacheLatents()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CACHE_LATENTS_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isCacheLatents() <em>Cache Latents</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCacheLatents()
	 * @generated
	 * @ordered
	 */
	protected boolean cacheLatents = CACHE_LATENTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidationShare() <em>Validation Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidationShare()
	 * @generated
	 * @ordered
	 */
	protected static final double VALIDATION_SHARE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getValidationShare() <em>Validation Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidationShare()
	 * @generated
	 * @ordered
	 */
	protected double validationShare = VALIDATION_SHARE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMissingCaptions() <em>Missing Captions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissingCaptions()
	 * @generated
	 * @ordered
	 */
	protected static final MissingCaptions MISSING_CAPTIONS_EDEFAULT = MissingCaptions.USE_CLASS_TOKENS;

	/**
	 * The cached value of the '{@link #getMissingCaptions() <em>Missing Captions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissingCaptions()
	 * @generated
	 * @ordered
	 */
	protected MissingCaptions missingCaptions = MISSING_CAPTIONS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrainingConfigImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TrainingPackage.Literals.TRAINING_CONFIG;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSteps() {
		return steps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSteps(int newSteps) {
		int oldSteps = steps;
		steps = newSteps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_CONFIG__STEPS, oldSteps, steps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBatchSize() {
		return batchSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBatchSize(int newBatchSize) {
		int oldBatchSize = batchSize;
		batchSize = newBatchSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_CONFIG__BATCH_SIZE, oldBatchSize, batchSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getGradientAccumulation() {
		return gradientAccumulation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGradientAccumulation(int newGradientAccumulation) {
		int oldGradientAccumulation = gradientAccumulation;
		gradientAccumulation = newGradientAccumulation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_CONFIG__GRADIENT_ACCUMULATION, oldGradientAccumulation, gradientAccumulation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isGradientCheckpointing() {
		return gradientCheckpointing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGradientCheckpointing(boolean newGradientCheckpointing) {
		boolean oldGradientCheckpointing = gradientCheckpointing;
		gradientCheckpointing = newGradientCheckpointing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_CONFIG__GRADIENT_CHECKPOINTING, oldGradientCheckpointing, gradientCheckpointing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFusedBackPass() {
		return fusedBackPass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFusedBackPass(boolean newFusedBackPass) {
		boolean oldFusedBackPass = fusedBackPass;
		fusedBackPass = newFusedBackPass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_CONFIG__FUSED_BACK_PASS, oldFusedBackPass, fusedBackPass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLearningRate() {
		return learningRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLearningRate(String newLearningRate) {
		String oldLearningRate = learningRate;
		learningRate = newLearningRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_CONFIG__LEARNING_RATE, oldLearningRate, learningRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LrScheduler getScheduler() {
		return scheduler;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScheduler(LrScheduler newScheduler) {
		LrScheduler oldScheduler = scheduler;
		scheduler = newScheduler == null ? SCHEDULER_EDEFAULT : newScheduler;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_CONFIG__SCHEDULER, oldScheduler, scheduler));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWarmupSteps() {
		return warmupSteps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWarmupSteps(int newWarmupSteps) {
		int oldWarmupSteps = warmupSteps;
		warmupSteps = newWarmupSteps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_CONFIG__WARMUP_STEPS, oldWarmupSteps, warmupSteps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRestarts() {
		return restarts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRestarts(int newRestarts) {
		int oldRestarts = restarts;
		restarts = newRestarts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_CONFIG__RESTARTS, oldRestarts, restarts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPower() {
		return power;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPower(double newPower) {
		double oldPower = power;
		power = newPower;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_CONFIG__POWER, oldPower, power));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OptimizerKind getOptimizer() {
		return optimizer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOptimizer(OptimizerKind newOptimizer) {
		OptimizerKind oldOptimizer = optimizer;
		optimizer = newOptimizer == null ? OPTIMIZER_EDEFAULT : newOptimizer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_CONFIG__OPTIMIZER, oldOptimizer, optimizer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWeightDecay() {
		return weightDecay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeightDecay(double newWeightDecay) {
		double oldWeightDecay = weightDecay;
		weightDecay = newWeightDecay;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_CONFIG__WEIGHT_DECAY, oldWeightDecay, weightDecay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBeta1() {
		return beta1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeta1(double newBeta1) {
		double oldBeta1 = beta1;
		beta1 = newBeta1;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_CONFIG__BETA1, oldBeta1, beta1));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBeta2() {
		return beta2;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeta2(double newBeta2) {
		double oldBeta2 = beta2;
		beta2 = newBeta2;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_CONFIG__BETA2, oldBeta2, beta2));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRelativeStep() {
		return relativeStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRelativeStep(boolean newRelativeStep) {
		boolean oldRelativeStep = relativeStep;
		relativeStep = newRelativeStep;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_CONFIG__RELATIVE_STEP, oldRelativeStep, relativeStep));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isScaleParameter() {
		return scaleParameter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScaleParameter(boolean newScaleParameter) {
		boolean oldScaleParameter = scaleParameter;
		scaleParameter = newScaleParameter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_CONFIG__SCALE_PARAMETER, oldScaleParameter, scaleParameter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isWarmupInit() {
		return warmupInit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWarmupInit(boolean newWarmupInit) {
		boolean oldWarmupInit = warmupInit;
		warmupInit = newWarmupInit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_CONFIG__WARMUP_INIT, oldWarmupInit, warmupInit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getClipThreshold() {
		return clipThreshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClipThreshold(double newClipThreshold) {
		double oldClipThreshold = clipThreshold;
		clipThreshold = newClipThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_CONFIG__CLIP_THRESHOLD, oldClipThreshold, clipThreshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDecayRate() {
		return decayRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecayRate(double newDecayRate) {
		double oldDecayRate = decayRate;
		decayRate = newDecayRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_CONFIG__DECAY_RATE, oldDecayRate, decayRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAdafactorBeta1() {
		return adafactorBeta1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdafactorBeta1(double newAdafactorBeta1) {
		double oldAdafactorBeta1 = adafactorBeta1;
		adafactorBeta1 = newAdafactorBeta1;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_CONFIG__ADAFACTOR_BETA1, oldAdafactorBeta1, adafactorBeta1));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAdafactorEps1() {
		return adafactorEps1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdafactorEps1(double newAdafactorEps1) {
		double oldAdafactorEps1 = adafactorEps1;
		adafactorEps1 = newAdafactorEps1;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_CONFIG__ADAFACTOR_EPS1, oldAdafactorEps1, adafactorEps1));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAdafactorEps2() {
		return adafactorEps2;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdafactorEps2(double newAdafactorEps2) {
		double oldAdafactorEps2 = adafactorEps2;
		adafactorEps2 = newAdafactorEps2;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_CONFIG__ADAFACTOR_EPS2, oldAdafactorEps2, adafactorEps2));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getEmaDecay() {
		return emaDecay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmaDecay(double newEmaDecay) {
		double oldEmaDecay = emaDecay;
		emaDecay = newEmaDecay;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_CONFIG__EMA_DECAY, oldEmaDecay, emaDecay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMaxGradNorm() {
		return maxGradNorm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxGradNorm(double newMaxGradNorm) {
		double oldMaxGradNorm = maxGradNorm;
		maxGradNorm = newMaxGradNorm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_CONFIG__MAX_GRAD_NORM, oldMaxGradNorm, maxGradNorm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getNoiseOffset() {
		return noiseOffset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNoiseOffset(double newNoiseOffset) {
		double oldNoiseOffset = noiseOffset;
		noiseOffset = newNoiseOffset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_CONFIG__NOISE_OFFSET, oldNoiseOffset, noiseOffset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMinSnrGamma() {
		return minSnrGamma;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinSnrGamma(double newMinSnrGamma) {
		double oldMinSnrGamma = minSnrGamma;
		minSnrGamma = newMinSnrGamma;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_CONFIG__MIN_SNR_GAMMA, oldMinSnrGamma, minSnrGamma));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getClipSkip() {
		return clipSkip;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClipSkip(int newClipSkip) {
		int oldClipSkip = clipSkip;
		clipSkip = newClipSkip;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_CONFIG__CLIP_SKIP, oldClipSkip, clipSkip));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCheckpointEverySteps() {
		return checkpointEverySteps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCheckpointEverySteps(int newCheckpointEverySteps) {
		int oldCheckpointEverySteps = checkpointEverySteps;
		checkpointEverySteps = newCheckpointEverySteps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_CONFIG__CHECKPOINT_EVERY_STEPS, oldCheckpointEverySteps, checkpointEverySteps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSaveEverySteps() {
		return saveEverySteps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSaveEverySteps(int newSaveEverySteps) {
		int oldSaveEverySteps = saveEverySteps;
		saveEverySteps = newSaveEverySteps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_CONFIG__SAVE_EVERY_STEPS, oldSaveEverySteps, saveEverySteps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCacheLatents() {
		return cacheLatents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCacheLatents(boolean newCacheLatents) {
		boolean oldCacheLatents = cacheLatents;
		cacheLatents = newCacheLatents;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_CONFIG__CACHE_LATENTS, oldCacheLatents, cacheLatents));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getValidationShare() {
		return validationShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidationShare(double newValidationShare) {
		double oldValidationShare = validationShare;
		validationShare = newValidationShare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_CONFIG__VALIDATION_SHARE, oldValidationShare, validationShare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MissingCaptions getMissingCaptions() {
		return missingCaptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMissingCaptions(MissingCaptions newMissingCaptions) {
		MissingCaptions oldMissingCaptions = missingCaptions;
		missingCaptions = newMissingCaptions == null ? MISSING_CAPTIONS_EDEFAULT : newMissingCaptions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_CONFIG__MISSING_CAPTIONS, oldMissingCaptions, missingCaptions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TrainingPackage.TRAINING_CONFIG__STEPS:
				return getSteps();
			case TrainingPackage.TRAINING_CONFIG__BATCH_SIZE:
				return getBatchSize();
			case TrainingPackage.TRAINING_CONFIG__GRADIENT_ACCUMULATION:
				return getGradientAccumulation();
			case TrainingPackage.TRAINING_CONFIG__GRADIENT_CHECKPOINTING:
				return isGradientCheckpointing();
			case TrainingPackage.TRAINING_CONFIG__FUSED_BACK_PASS:
				return isFusedBackPass();
			case TrainingPackage.TRAINING_CONFIG__LEARNING_RATE:
				return getLearningRate();
			case TrainingPackage.TRAINING_CONFIG__SCHEDULER:
				return getScheduler();
			case TrainingPackage.TRAINING_CONFIG__WARMUP_STEPS:
				return getWarmupSteps();
			case TrainingPackage.TRAINING_CONFIG__RESTARTS:
				return getRestarts();
			case TrainingPackage.TRAINING_CONFIG__POWER:
				return getPower();
			case TrainingPackage.TRAINING_CONFIG__OPTIMIZER:
				return getOptimizer();
			case TrainingPackage.TRAINING_CONFIG__WEIGHT_DECAY:
				return getWeightDecay();
			case TrainingPackage.TRAINING_CONFIG__BETA1:
				return getBeta1();
			case TrainingPackage.TRAINING_CONFIG__BETA2:
				return getBeta2();
			case TrainingPackage.TRAINING_CONFIG__RELATIVE_STEP:
				return isRelativeStep();
			case TrainingPackage.TRAINING_CONFIG__SCALE_PARAMETER:
				return isScaleParameter();
			case TrainingPackage.TRAINING_CONFIG__WARMUP_INIT:
				return isWarmupInit();
			case TrainingPackage.TRAINING_CONFIG__CLIP_THRESHOLD:
				return getClipThreshold();
			case TrainingPackage.TRAINING_CONFIG__DECAY_RATE:
				return getDecayRate();
			case TrainingPackage.TRAINING_CONFIG__ADAFACTOR_BETA1:
				return getAdafactorBeta1();
			case TrainingPackage.TRAINING_CONFIG__ADAFACTOR_EPS1:
				return getAdafactorEps1();
			case TrainingPackage.TRAINING_CONFIG__ADAFACTOR_EPS2:
				return getAdafactorEps2();
			case TrainingPackage.TRAINING_CONFIG__EMA_DECAY:
				return getEmaDecay();
			case TrainingPackage.TRAINING_CONFIG__MAX_GRAD_NORM:
				return getMaxGradNorm();
			case TrainingPackage.TRAINING_CONFIG__NOISE_OFFSET:
				return getNoiseOffset();
			case TrainingPackage.TRAINING_CONFIG__MIN_SNR_GAMMA:
				return getMinSnrGamma();
			case TrainingPackage.TRAINING_CONFIG__CLIP_SKIP:
				return getClipSkip();
			case TrainingPackage.TRAINING_CONFIG__CHECKPOINT_EVERY_STEPS:
				return getCheckpointEverySteps();
			case TrainingPackage.TRAINING_CONFIG__SAVE_EVERY_STEPS:
				return getSaveEverySteps();
			case TrainingPackage.TRAINING_CONFIG__CACHE_LATENTS:
				return isCacheLatents();
			case TrainingPackage.TRAINING_CONFIG__VALIDATION_SHARE:
				return getValidationShare();
			case TrainingPackage.TRAINING_CONFIG__MISSING_CAPTIONS:
				return getMissingCaptions();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TrainingPackage.TRAINING_CONFIG__STEPS:
				setSteps((Integer)newValue);
				return;
			case TrainingPackage.TRAINING_CONFIG__BATCH_SIZE:
				setBatchSize((Integer)newValue);
				return;
			case TrainingPackage.TRAINING_CONFIG__GRADIENT_ACCUMULATION:
				setGradientAccumulation((Integer)newValue);
				return;
			case TrainingPackage.TRAINING_CONFIG__GRADIENT_CHECKPOINTING:
				setGradientCheckpointing((Boolean)newValue);
				return;
			case TrainingPackage.TRAINING_CONFIG__FUSED_BACK_PASS:
				setFusedBackPass((Boolean)newValue);
				return;
			case TrainingPackage.TRAINING_CONFIG__LEARNING_RATE:
				setLearningRate((String)newValue);
				return;
			case TrainingPackage.TRAINING_CONFIG__SCHEDULER:
				setScheduler((LrScheduler)newValue);
				return;
			case TrainingPackage.TRAINING_CONFIG__WARMUP_STEPS:
				setWarmupSteps((Integer)newValue);
				return;
			case TrainingPackage.TRAINING_CONFIG__RESTARTS:
				setRestarts((Integer)newValue);
				return;
			case TrainingPackage.TRAINING_CONFIG__POWER:
				setPower((Double)newValue);
				return;
			case TrainingPackage.TRAINING_CONFIG__OPTIMIZER:
				setOptimizer((OptimizerKind)newValue);
				return;
			case TrainingPackage.TRAINING_CONFIG__WEIGHT_DECAY:
				setWeightDecay((Double)newValue);
				return;
			case TrainingPackage.TRAINING_CONFIG__BETA1:
				setBeta1((Double)newValue);
				return;
			case TrainingPackage.TRAINING_CONFIG__BETA2:
				setBeta2((Double)newValue);
				return;
			case TrainingPackage.TRAINING_CONFIG__RELATIVE_STEP:
				setRelativeStep((Boolean)newValue);
				return;
			case TrainingPackage.TRAINING_CONFIG__SCALE_PARAMETER:
				setScaleParameter((Boolean)newValue);
				return;
			case TrainingPackage.TRAINING_CONFIG__WARMUP_INIT:
				setWarmupInit((Boolean)newValue);
				return;
			case TrainingPackage.TRAINING_CONFIG__CLIP_THRESHOLD:
				setClipThreshold((Double)newValue);
				return;
			case TrainingPackage.TRAINING_CONFIG__DECAY_RATE:
				setDecayRate((Double)newValue);
				return;
			case TrainingPackage.TRAINING_CONFIG__ADAFACTOR_BETA1:
				setAdafactorBeta1((Double)newValue);
				return;
			case TrainingPackage.TRAINING_CONFIG__ADAFACTOR_EPS1:
				setAdafactorEps1((Double)newValue);
				return;
			case TrainingPackage.TRAINING_CONFIG__ADAFACTOR_EPS2:
				setAdafactorEps2((Double)newValue);
				return;
			case TrainingPackage.TRAINING_CONFIG__EMA_DECAY:
				setEmaDecay((Double)newValue);
				return;
			case TrainingPackage.TRAINING_CONFIG__MAX_GRAD_NORM:
				setMaxGradNorm((Double)newValue);
				return;
			case TrainingPackage.TRAINING_CONFIG__NOISE_OFFSET:
				setNoiseOffset((Double)newValue);
				return;
			case TrainingPackage.TRAINING_CONFIG__MIN_SNR_GAMMA:
				setMinSnrGamma((Double)newValue);
				return;
			case TrainingPackage.TRAINING_CONFIG__CLIP_SKIP:
				setClipSkip((Integer)newValue);
				return;
			case TrainingPackage.TRAINING_CONFIG__CHECKPOINT_EVERY_STEPS:
				setCheckpointEverySteps((Integer)newValue);
				return;
			case TrainingPackage.TRAINING_CONFIG__SAVE_EVERY_STEPS:
				setSaveEverySteps((Integer)newValue);
				return;
			case TrainingPackage.TRAINING_CONFIG__CACHE_LATENTS:
				setCacheLatents((Boolean)newValue);
				return;
			case TrainingPackage.TRAINING_CONFIG__VALIDATION_SHARE:
				setValidationShare((Double)newValue);
				return;
			case TrainingPackage.TRAINING_CONFIG__MISSING_CAPTIONS:
				setMissingCaptions((MissingCaptions)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TrainingPackage.TRAINING_CONFIG__STEPS:
				setSteps(STEPS_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_CONFIG__BATCH_SIZE:
				setBatchSize(BATCH_SIZE_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_CONFIG__GRADIENT_ACCUMULATION:
				setGradientAccumulation(GRADIENT_ACCUMULATION_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_CONFIG__GRADIENT_CHECKPOINTING:
				setGradientCheckpointing(GRADIENT_CHECKPOINTING_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_CONFIG__FUSED_BACK_PASS:
				setFusedBackPass(FUSED_BACK_PASS_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_CONFIG__LEARNING_RATE:
				setLearningRate(LEARNING_RATE_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_CONFIG__SCHEDULER:
				setScheduler(SCHEDULER_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_CONFIG__WARMUP_STEPS:
				setWarmupSteps(WARMUP_STEPS_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_CONFIG__RESTARTS:
				setRestarts(RESTARTS_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_CONFIG__POWER:
				setPower(POWER_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_CONFIG__OPTIMIZER:
				setOptimizer(OPTIMIZER_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_CONFIG__WEIGHT_DECAY:
				setWeightDecay(WEIGHT_DECAY_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_CONFIG__BETA1:
				setBeta1(BETA1_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_CONFIG__BETA2:
				setBeta2(BETA2_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_CONFIG__RELATIVE_STEP:
				setRelativeStep(RELATIVE_STEP_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_CONFIG__SCALE_PARAMETER:
				setScaleParameter(SCALE_PARAMETER_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_CONFIG__WARMUP_INIT:
				setWarmupInit(WARMUP_INIT_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_CONFIG__CLIP_THRESHOLD:
				setClipThreshold(CLIP_THRESHOLD_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_CONFIG__DECAY_RATE:
				setDecayRate(DECAY_RATE_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_CONFIG__ADAFACTOR_BETA1:
				setAdafactorBeta1(ADAFACTOR_BETA1_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_CONFIG__ADAFACTOR_EPS1:
				setAdafactorEps1(ADAFACTOR_EPS1_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_CONFIG__ADAFACTOR_EPS2:
				setAdafactorEps2(ADAFACTOR_EPS2_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_CONFIG__EMA_DECAY:
				setEmaDecay(EMA_DECAY_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_CONFIG__MAX_GRAD_NORM:
				setMaxGradNorm(MAX_GRAD_NORM_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_CONFIG__NOISE_OFFSET:
				setNoiseOffset(NOISE_OFFSET_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_CONFIG__MIN_SNR_GAMMA:
				setMinSnrGamma(MIN_SNR_GAMMA_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_CONFIG__CLIP_SKIP:
				setClipSkip(CLIP_SKIP_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_CONFIG__CHECKPOINT_EVERY_STEPS:
				setCheckpointEverySteps(CHECKPOINT_EVERY_STEPS_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_CONFIG__SAVE_EVERY_STEPS:
				setSaveEverySteps(SAVE_EVERY_STEPS_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_CONFIG__CACHE_LATENTS:
				setCacheLatents(CACHE_LATENTS_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_CONFIG__VALIDATION_SHARE:
				setValidationShare(VALIDATION_SHARE_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_CONFIG__MISSING_CAPTIONS:
				setMissingCaptions(MISSING_CAPTIONS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TrainingPackage.TRAINING_CONFIG__STEPS:
				return steps != STEPS_EDEFAULT;
			case TrainingPackage.TRAINING_CONFIG__BATCH_SIZE:
				return batchSize != BATCH_SIZE_EDEFAULT;
			case TrainingPackage.TRAINING_CONFIG__GRADIENT_ACCUMULATION:
				return gradientAccumulation != GRADIENT_ACCUMULATION_EDEFAULT;
			case TrainingPackage.TRAINING_CONFIG__GRADIENT_CHECKPOINTING:
				return gradientCheckpointing != GRADIENT_CHECKPOINTING_EDEFAULT;
			case TrainingPackage.TRAINING_CONFIG__FUSED_BACK_PASS:
				return fusedBackPass != FUSED_BACK_PASS_EDEFAULT;
			case TrainingPackage.TRAINING_CONFIG__LEARNING_RATE:
				return LEARNING_RATE_EDEFAULT == null ? learningRate != null : !LEARNING_RATE_EDEFAULT.equals(learningRate);
			case TrainingPackage.TRAINING_CONFIG__SCHEDULER:
				return scheduler != SCHEDULER_EDEFAULT;
			case TrainingPackage.TRAINING_CONFIG__WARMUP_STEPS:
				return warmupSteps != WARMUP_STEPS_EDEFAULT;
			case TrainingPackage.TRAINING_CONFIG__RESTARTS:
				return restarts != RESTARTS_EDEFAULT;
			case TrainingPackage.TRAINING_CONFIG__POWER:
				return power != POWER_EDEFAULT;
			case TrainingPackage.TRAINING_CONFIG__OPTIMIZER:
				return optimizer != OPTIMIZER_EDEFAULT;
			case TrainingPackage.TRAINING_CONFIG__WEIGHT_DECAY:
				return weightDecay != WEIGHT_DECAY_EDEFAULT;
			case TrainingPackage.TRAINING_CONFIG__BETA1:
				return beta1 != BETA1_EDEFAULT;
			case TrainingPackage.TRAINING_CONFIG__BETA2:
				return beta2 != BETA2_EDEFAULT;
			case TrainingPackage.TRAINING_CONFIG__RELATIVE_STEP:
				return relativeStep != RELATIVE_STEP_EDEFAULT;
			case TrainingPackage.TRAINING_CONFIG__SCALE_PARAMETER:
				return scaleParameter != SCALE_PARAMETER_EDEFAULT;
			case TrainingPackage.TRAINING_CONFIG__WARMUP_INIT:
				return warmupInit != WARMUP_INIT_EDEFAULT;
			case TrainingPackage.TRAINING_CONFIG__CLIP_THRESHOLD:
				return clipThreshold != CLIP_THRESHOLD_EDEFAULT;
			case TrainingPackage.TRAINING_CONFIG__DECAY_RATE:
				return decayRate != DECAY_RATE_EDEFAULT;
			case TrainingPackage.TRAINING_CONFIG__ADAFACTOR_BETA1:
				return adafactorBeta1 != ADAFACTOR_BETA1_EDEFAULT;
			case TrainingPackage.TRAINING_CONFIG__ADAFACTOR_EPS1:
				return adafactorEps1 != ADAFACTOR_EPS1_EDEFAULT;
			case TrainingPackage.TRAINING_CONFIG__ADAFACTOR_EPS2:
				return adafactorEps2 != ADAFACTOR_EPS2_EDEFAULT;
			case TrainingPackage.TRAINING_CONFIG__EMA_DECAY:
				return emaDecay != EMA_DECAY_EDEFAULT;
			case TrainingPackage.TRAINING_CONFIG__MAX_GRAD_NORM:
				return maxGradNorm != MAX_GRAD_NORM_EDEFAULT;
			case TrainingPackage.TRAINING_CONFIG__NOISE_OFFSET:
				return noiseOffset != NOISE_OFFSET_EDEFAULT;
			case TrainingPackage.TRAINING_CONFIG__MIN_SNR_GAMMA:
				return minSnrGamma != MIN_SNR_GAMMA_EDEFAULT;
			case TrainingPackage.TRAINING_CONFIG__CLIP_SKIP:
				return clipSkip != CLIP_SKIP_EDEFAULT;
			case TrainingPackage.TRAINING_CONFIG__CHECKPOINT_EVERY_STEPS:
				return checkpointEverySteps != CHECKPOINT_EVERY_STEPS_EDEFAULT;
			case TrainingPackage.TRAINING_CONFIG__SAVE_EVERY_STEPS:
				return saveEverySteps != SAVE_EVERY_STEPS_EDEFAULT;
			case TrainingPackage.TRAINING_CONFIG__CACHE_LATENTS:
				return cacheLatents != CACHE_LATENTS_EDEFAULT;
			case TrainingPackage.TRAINING_CONFIG__VALIDATION_SHARE:
				return validationShare != VALIDATION_SHARE_EDEFAULT;
			case TrainingPackage.TRAINING_CONFIG__MISSING_CAPTIONS:
				return missingCaptions != MISSING_CAPTIONS_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eBaseStructuralFeatureID(int derivedFeatureID, Class<?> baseClass) {
		if (baseClass == TrainsInSteps.class) {
			switch (derivedFeatureID) {
				case TrainingPackage.TRAINING_CONFIG__STEPS: return AtelierPackage.TRAINS_IN_STEPS__STEPS;
				default: return -1;
			}
		}
		return super.eBaseStructuralFeatureID(derivedFeatureID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eDerivedStructuralFeatureID(int baseFeatureID, Class<?> baseClass) {
		if (baseClass == TrainsInSteps.class) {
			switch (baseFeatureID) {
				case AtelierPackage.TRAINS_IN_STEPS__STEPS: return TrainingPackage.TRAINING_CONFIG__STEPS;
				default: return -1;
			}
		}
		return super.eDerivedStructuralFeatureID(baseFeatureID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (steps: ");
		result.append(steps);
		result.append(", batchSize: ");
		result.append(batchSize);
		result.append(", gradientAccumulation: ");
		result.append(gradientAccumulation);
		result.append(", gradientCheckpointing: ");
		result.append(gradientCheckpointing);
		result.append(", fusedBackPass: ");
		result.append(fusedBackPass);
		result.append(", learningRate: ");
		result.append(learningRate);
		result.append(", scheduler: ");
		result.append(scheduler);
		result.append(", warmupSteps: ");
		result.append(warmupSteps);
		result.append(", restarts: ");
		result.append(restarts);
		result.append(", power: ");
		result.append(power);
		result.append(", optimizer: ");
		result.append(optimizer);
		result.append(", weightDecay: ");
		result.append(weightDecay);
		result.append(", beta1: ");
		result.append(beta1);
		result.append(", beta2: ");
		result.append(beta2);
		result.append(", relativeStep: ");
		result.append(relativeStep);
		result.append(", scaleParameter: ");
		result.append(scaleParameter);
		result.append(", warmupInit: ");
		result.append(warmupInit);
		result.append(", clipThreshold: ");
		result.append(clipThreshold);
		result.append(", decayRate: ");
		result.append(decayRate);
		result.append(", adafactorBeta1: ");
		result.append(adafactorBeta1);
		result.append(", adafactorEps1: ");
		result.append(adafactorEps1);
		result.append(", adafactorEps2: ");
		result.append(adafactorEps2);
		result.append(", emaDecay: ");
		result.append(emaDecay);
		result.append(", maxGradNorm: ");
		result.append(maxGradNorm);
		result.append(", noiseOffset: ");
		result.append(noiseOffset);
		result.append(", minSnrGamma: ");
		result.append(minSnrGamma);
		result.append(", clipSkip: ");
		result.append(clipSkip);
		result.append(", checkpointEverySteps: ");
		result.append(checkpointEverySteps);
		result.append(", saveEverySteps: ");
		result.append(saveEverySteps);
		result.append(", cacheLatents: ");
		result.append(cacheLatents);
		result.append(", validationShare: ");
		result.append(validationShare);
		result.append(", missingCaptions: ");
		result.append(missingCaptions);
		result.append(')');
		return result.toString();
	}

} //TrainingConfigImpl
