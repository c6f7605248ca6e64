/**
 */
package org.atelier.training.model;

import org.atelier.core.model.AtelierPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see org.atelier.training.model.TrainingFactory
 * @model kind="package"
 * @generated
 */
public interface TrainingPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://atelier.org/training/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "training";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TrainingPackage eINSTANCE = org.atelier.training.model.impl.TrainingPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.atelier.training.model.impl.TrainingConfigImpl <em>Config</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.training.model.impl.TrainingConfigImpl
	 * @see org.atelier.training.model.impl.TrainingPackageImpl#getTrainingConfig()
	 * @generated
	 */
	int TRAINING_CONFIG = 0;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CONFIG__STEPS = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Batch Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CONFIG__BATCH_SIZE = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Gradient Accumulation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CONFIG__GRADIENT_ACCUMULATION = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Gradient Checkpointing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CONFIG__GRADIENT_CHECKPOINTING = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Fused Back Pass</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CONFIG__FUSED_BACK_PASS = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Learning Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CONFIG__LEARNING_RATE = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Scheduler</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CONFIG__SCHEDULER = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Warmup Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CONFIG__WARMUP_STEPS = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Restarts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CONFIG__RESTARTS = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Power</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CONFIG__POWER = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Optimizer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CONFIG__OPTIMIZER = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Weight Decay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CONFIG__WEIGHT_DECAY = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Beta1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CONFIG__BETA1 = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Beta2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CONFIG__BETA2 = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Relative Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CONFIG__RELATIVE_STEP = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Scale Parameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CONFIG__SCALE_PARAMETER = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Warmup Init</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CONFIG__WARMUP_INIT = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Clip Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CONFIG__CLIP_THRESHOLD = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Decay Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CONFIG__DECAY_RATE = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Adafactor Beta1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CONFIG__ADAFACTOR_BETA1 = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Adafactor Eps1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CONFIG__ADAFACTOR_EPS1 = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Adafactor Eps2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CONFIG__ADAFACTOR_EPS2 = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Ema Decay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CONFIG__EMA_DECAY = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 22;

	/**
	 * The feature id for the '<em><b>Max Grad Norm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CONFIG__MAX_GRAD_NORM = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 23;

	/**
	 * The feature id for the '<em><b>Noise Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CONFIG__NOISE_OFFSET = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 24;

	/**
	 * The feature id for the '<em><b>Min Snr Gamma</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CONFIG__MIN_SNR_GAMMA = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 25;

	/**
	 * The feature id for the '<em><b>Clip Skip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CONFIG__CLIP_SKIP = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 26;

	/**
	 * The feature id for the '<em><b>Checkpoint Every Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CONFIG__CHECKPOINT_EVERY_STEPS = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 27;

	/**
	 * The feature id for the '<em><b>Save Every Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CONFIG__SAVE_EVERY_STEPS = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 28;

	/**
	 * The feature id for the '<em><b>Cache Latents</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CONFIG__CACHE_LATENTS = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 29;

	/**
	 * The feature id for the '<em><b>Validation Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CONFIG__VALIDATION_SHARE = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 30;

	/**
	 * The feature id for the '<em><b>Missing Captions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CONFIG__MISSING_CAPTIONS = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 31;

	/**
	 * The number of structural features of the '<em>Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CONFIG_FEATURE_COUNT = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 32;

	/**
	 * The number of operations of the '<em>Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CONFIG_OPERATION_COUNT = AtelierPackage.METHOD_CONFIG_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atelier.training.model.LrScheduler <em>Lr Scheduler</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.training.model.LrScheduler
	 * @see org.atelier.training.model.impl.TrainingPackageImpl#getLrScheduler()
	 * @generated
	 */
	int LR_SCHEDULER = 1;

	/**
	 * The meta object id for the '{@link org.atelier.training.model.OptimizerKind <em>Optimizer Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.training.model.OptimizerKind
	 * @see org.atelier.training.model.impl.TrainingPackageImpl#getOptimizerKind()
	 * @generated
	 */
	int OPTIMIZER_KIND = 2;

	/**
	 * The meta object id for the '{@link org.atelier.training.model.MissingCaptions <em>Missing Captions</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.training.model.MissingCaptions
	 * @see org.atelier.training.model.impl.TrainingPackageImpl#getMissingCaptions()
	 * @generated
	 */
	int MISSING_CAPTIONS = 3;


	/**
	 * Returns the meta object for class '{@link org.atelier.training.model.TrainingConfig <em>Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Config</em>'.
	 * @see org.atelier.training.model.TrainingConfig
	 * @generated
	 */
	EClass getTrainingConfig();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.training.model.TrainingConfig#getBatchSize <em>Batch Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Batch Size</em>'.
	 * @see org.atelier.training.model.TrainingConfig#getBatchSize()
	 * @see #getTrainingConfig()
	 * @generated
	 */
	EAttribute getTrainingConfig_BatchSize();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.training.model.TrainingConfig#getGradientAccumulation <em>Gradient Accumulation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gradient Accumulation</em>'.
	 * @see org.atelier.training.model.TrainingConfig#getGradientAccumulation()
	 * @see #getTrainingConfig()
	 * @generated
	 */
	EAttribute getTrainingConfig_GradientAccumulation();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.training.model.TrainingConfig#isGradientCheckpointing <em>Gradient Checkpointing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gradient Checkpointing</em>'.
	 * @see org.atelier.training.model.TrainingConfig#isGradientCheckpointing()
	 * @see #getTrainingConfig()
	 * @generated
	 */
	EAttribute getTrainingConfig_GradientCheckpointing();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.training.model.TrainingConfig#isFusedBackPass <em>Fused Back Pass</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fused Back Pass</em>'.
	 * @see org.atelier.training.model.TrainingConfig#isFusedBackPass()
	 * @see #getTrainingConfig()
	 * @generated
	 */
	EAttribute getTrainingConfig_FusedBackPass();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.training.model.TrainingConfig#getLearningRate <em>Learning Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Learning Rate</em>'.
	 * @see org.atelier.training.model.TrainingConfig#getLearningRate()
	 * @see #getTrainingConfig()
	 * @generated
	 */
	EAttribute getTrainingConfig_LearningRate();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.training.model.TrainingConfig#getScheduler <em>Scheduler</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scheduler</em>'.
	 * @see org.atelier.training.model.TrainingConfig#getScheduler()
	 * @see #getTrainingConfig()
	 * @generated
	 */
	EAttribute getTrainingConfig_Scheduler();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.training.model.TrainingConfig#getWarmupSteps <em>Warmup Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Warmup Steps</em>'.
	 * @see org.atelier.training.model.TrainingConfig#getWarmupSteps()
	 * @see #getTrainingConfig()
	 * @generated
	 */
	EAttribute getTrainingConfig_WarmupSteps();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.training.model.TrainingConfig#getRestarts <em>Restarts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Restarts</em>'.
	 * @see org.atelier.training.model.TrainingConfig#getRestarts()
	 * @see #getTrainingConfig()
	 * @generated
	 */
	EAttribute getTrainingConfig_Restarts();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.training.model.TrainingConfig#getPower <em>Power</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Power</em>'.
	 * @see org.atelier.training.model.TrainingConfig#getPower()
	 * @see #getTrainingConfig()
	 * @generated
	 */
	EAttribute getTrainingConfig_Power();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.training.model.TrainingConfig#getOptimizer <em>Optimizer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Optimizer</em>'.
	 * @see org.atelier.training.model.TrainingConfig#getOptimizer()
	 * @see #getTrainingConfig()
	 * @generated
	 */
	EAttribute getTrainingConfig_Optimizer();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.training.model.TrainingConfig#getWeightDecay <em>Weight Decay</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight Decay</em>'.
	 * @see org.atelier.training.model.TrainingConfig#getWeightDecay()
	 * @see #getTrainingConfig()
	 * @generated
	 */
	EAttribute getTrainingConfig_WeightDecay();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.training.model.TrainingConfig#getBeta1 <em>Beta1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beta1</em>'.
	 * @see org.atelier.training.model.TrainingConfig#getBeta1()
	 * @see #getTrainingConfig()
	 * @generated
	 */
	EAttribute getTrainingConfig_Beta1();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.training.model.TrainingConfig#getBeta2 <em>Beta2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beta2</em>'.
	 * @see org.atelier.training.model.TrainingConfig#getBeta2()
	 * @see #getTrainingConfig()
	 * @generated
	 */
	EAttribute getTrainingConfig_Beta2();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.training.model.TrainingConfig#isRelativeStep <em>Relative Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Relative Step</em>'.
	 * @see org.atelier.training.model.TrainingConfig#isRelativeStep()
	 * @see #getTrainingConfig()
	 * @generated
	 */
	EAttribute getTrainingConfig_RelativeStep();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.training.model.TrainingConfig#isScaleParameter <em>Scale Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scale Parameter</em>'.
	 * @see org.atelier.training.model.TrainingConfig#isScaleParameter()
	 * @see #getTrainingConfig()
	 * @generated
	 */
	EAttribute getTrainingConfig_ScaleParameter();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.training.model.TrainingConfig#isWarmupInit <em>Warmup Init</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Warmup Init</em>'.
	 * @see org.atelier.training.model.TrainingConfig#isWarmupInit()
	 * @see #getTrainingConfig()
	 * @generated
	 */
	EAttribute getTrainingConfig_WarmupInit();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.training.model.TrainingConfig#getClipThreshold <em>Clip Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Clip Threshold</em>'.
	 * @see org.atelier.training.model.TrainingConfig#getClipThreshold()
	 * @see #getTrainingConfig()
	 * @generated
	 */
	EAttribute getTrainingConfig_ClipThreshold();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.training.model.TrainingConfig#getDecayRate <em>Decay Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decay Rate</em>'.
	 * @see org.atelier.training.model.TrainingConfig#getDecayRate()
	 * @see #getTrainingConfig()
	 * @generated
	 */
	EAttribute getTrainingConfig_DecayRate();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.training.model.TrainingConfig#getAdafactorBeta1 <em>Adafactor Beta1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adafactor Beta1</em>'.
	 * @see org.atelier.training.model.TrainingConfig#getAdafactorBeta1()
	 * @see #getTrainingConfig()
	 * @generated
	 */
	EAttribute getTrainingConfig_AdafactorBeta1();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.training.model.TrainingConfig#getAdafactorEps1 <em>Adafactor Eps1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adafactor Eps1</em>'.
	 * @see org.atelier.training.model.TrainingConfig#getAdafactorEps1()
	 * @see #getTrainingConfig()
	 * @generated
	 */
	EAttribute getTrainingConfig_AdafactorEps1();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.training.model.TrainingConfig#getAdafactorEps2 <em>Adafactor Eps2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adafactor Eps2</em>'.
	 * @see org.atelier.training.model.TrainingConfig#getAdafactorEps2()
	 * @see #getTrainingConfig()
	 * @generated
	 */
	EAttribute getTrainingConfig_AdafactorEps2();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.training.model.TrainingConfig#getEmaDecay <em>Ema Decay</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ema Decay</em>'.
	 * @see org.atelier.training.model.TrainingConfig#getEmaDecay()
	 * @see #getTrainingConfig()
	 * @generated
	 */
	EAttribute getTrainingConfig_EmaDecay();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.training.model.TrainingConfig#getMaxGradNorm <em>Max Grad Norm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Grad Norm</em>'.
	 * @see org.atelier.training.model.TrainingConfig#getMaxGradNorm()
	 * @see #getTrainingConfig()
	 * @generated
	 */
	EAttribute getTrainingConfig_MaxGradNorm();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.training.model.TrainingConfig#getNoiseOffset <em>Noise Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Noise Offset</em>'.
	 * @see org.atelier.training.model.TrainingConfig#getNoiseOffset()
	 * @see #getTrainingConfig()
	 * @generated
	 */
	EAttribute getTrainingConfig_NoiseOffset();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.training.model.TrainingConfig#getMinSnrGamma <em>Min Snr Gamma</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Snr Gamma</em>'.
	 * @see org.atelier.training.model.TrainingConfig#getMinSnrGamma()
	 * @see #getTrainingConfig()
	 * @generated
	 */
	EAttribute getTrainingConfig_MinSnrGamma();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.training.model.TrainingConfig#getClipSkip <em>Clip Skip</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Clip Skip</em>'.
	 * @see org.atelier.training.model.TrainingConfig#getClipSkip()
	 * @see #getTrainingConfig()
	 * @generated
	 */
	EAttribute getTrainingConfig_ClipSkip();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.training.model.TrainingConfig#getCheckpointEverySteps <em>Checkpoint Every Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Checkpoint Every Steps</em>'.
	 * @see org.atelier.training.model.TrainingConfig#getCheckpointEverySteps()
	 * @see #getTrainingConfig()
	 * @generated
	 */
	EAttribute getTrainingConfig_CheckpointEverySteps();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.training.model.TrainingConfig#getSaveEverySteps <em>Save Every Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Save Every Steps</em>'.
	 * @see org.atelier.training.model.TrainingConfig#getSaveEverySteps()
	 * @see #getTrainingConfig()
	 * @generated
	 */
	EAttribute getTrainingConfig_SaveEverySteps();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.training.model.TrainingConfig#isCacheLatents <em>Cache Latents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cache Latents</em>'.
	 * @see org.atelier.training.model.TrainingConfig#isCacheLatents()
	 * @see #getTrainingConfig()
	 * @generated
	 */
	EAttribute getTrainingConfig_CacheLatents();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.training.model.TrainingConfig#getValidationShare <em>Validation Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Validation Share</em>'.
	 * @see org.atelier.training.model.TrainingConfig#getValidationShare()
	 * @see #getTrainingConfig()
	 * @generated
	 */
	EAttribute getTrainingConfig_ValidationShare();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.training.model.TrainingConfig#getMissingCaptions <em>Missing Captions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Missing Captions</em>'.
	 * @see org.atelier.training.model.TrainingConfig#getMissingCaptions()
	 * @see #getTrainingConfig()
	 * @generated
	 */
	EAttribute getTrainingConfig_MissingCaptions();

	/**
	 * Returns the meta object for enum '{@link org.atelier.training.model.LrScheduler <em>Lr Scheduler</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Lr Scheduler</em>'.
	 * @see org.atelier.training.model.LrScheduler
	 * @generated
	 */
	EEnum getLrScheduler();

	/**
	 * Returns the meta object for enum '{@link org.atelier.training.model.OptimizerKind <em>Optimizer Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Optimizer Kind</em>'.
	 * @see org.atelier.training.model.OptimizerKind
	 * @generated
	 */
	EEnum getOptimizerKind();

	/**
	 * Returns the meta object for enum '{@link org.atelier.training.model.MissingCaptions <em>Missing Captions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Missing Captions</em>'.
	 * @see org.atelier.training.model.MissingCaptions
	 * @generated
	 */
	EEnum getMissingCaptions();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	TrainingFactory getTrainingFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.atelier.training.model.impl.TrainingConfigImpl <em>Config</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.training.model.impl.TrainingConfigImpl
		 * @see org.atelier.training.model.impl.TrainingPackageImpl#getTrainingConfig()
		 * @generated
		 */
		EClass TRAINING_CONFIG = eINSTANCE.getTrainingConfig();

		/**
		 * The meta object literal for the '<em><b>Batch Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_CONFIG__BATCH_SIZE = eINSTANCE.getTrainingConfig_BatchSize();

		/**
		 * The meta object literal for the '<em><b>Gradient Accumulation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_CONFIG__GRADIENT_ACCUMULATION = eINSTANCE.getTrainingConfig_GradientAccumulation();

		/**
		 * The meta object literal for the '<em><b>Gradient Checkpointing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_CONFIG__GRADIENT_CHECKPOINTING = eINSTANCE.getTrainingConfig_GradientCheckpointing();

		/**
		 * The meta object literal for the '<em><b>Fused Back Pass</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_CONFIG__FUSED_BACK_PASS = eINSTANCE.getTrainingConfig_FusedBackPass();

		/**
		 * The meta object literal for the '<em><b>Learning Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_CONFIG__LEARNING_RATE = eINSTANCE.getTrainingConfig_LearningRate();

		/**
		 * The meta object literal for the '<em><b>Scheduler</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_CONFIG__SCHEDULER = eINSTANCE.getTrainingConfig_Scheduler();

		/**
		 * The meta object literal for the '<em><b>Warmup Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_CONFIG__WARMUP_STEPS = eINSTANCE.getTrainingConfig_WarmupSteps();

		/**
		 * The meta object literal for the '<em><b>Restarts</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_CONFIG__RESTARTS = eINSTANCE.getTrainingConfig_Restarts();

		/**
		 * The meta object literal for the '<em><b>Power</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_CONFIG__POWER = eINSTANCE.getTrainingConfig_Power();

		/**
		 * The meta object literal for the '<em><b>Optimizer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_CONFIG__OPTIMIZER = eINSTANCE.getTrainingConfig_Optimizer();

		/**
		 * The meta object literal for the '<em><b>Weight Decay</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_CONFIG__WEIGHT_DECAY = eINSTANCE.getTrainingConfig_WeightDecay();

		/**
		 * The meta object literal for the '<em><b>Beta1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_CONFIG__BETA1 = eINSTANCE.getTrainingConfig_Beta1();

		/**
		 * The meta object literal for the '<em><b>Beta2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_CONFIG__BETA2 = eINSTANCE.getTrainingConfig_Beta2();

		/**
		 * The meta object literal for the '<em><b>Relative Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_CONFIG__RELATIVE_STEP = eINSTANCE.getTrainingConfig_RelativeStep();

		/**
		 * The meta object literal for the '<em><b>Scale Parameter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_CONFIG__SCALE_PARAMETER = eINSTANCE.getTrainingConfig_ScaleParameter();

		/**
		 * The meta object literal for the '<em><b>Warmup Init</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_CONFIG__WARMUP_INIT = eINSTANCE.getTrainingConfig_WarmupInit();

		/**
		 * The meta object literal for the '<em><b>Clip Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_CONFIG__CLIP_THRESHOLD = eINSTANCE.getTrainingConfig_ClipThreshold();

		/**
		 * The meta object literal for the '<em><b>Decay Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_CONFIG__DECAY_RATE = eINSTANCE.getTrainingConfig_DecayRate();

		/**
		 * The meta object literal for the '<em><b>Adafactor Beta1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_CONFIG__ADAFACTOR_BETA1 = eINSTANCE.getTrainingConfig_AdafactorBeta1();

		/**
		 * The meta object literal for the '<em><b>Adafactor Eps1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_CONFIG__ADAFACTOR_EPS1 = eINSTANCE.getTrainingConfig_AdafactorEps1();

		/**
		 * The meta object literal for the '<em><b>Adafactor Eps2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_CONFIG__ADAFACTOR_EPS2 = eINSTANCE.getTrainingConfig_AdafactorEps2();

		/**
		 * The meta object literal for the '<em><b>Ema Decay</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_CONFIG__EMA_DECAY = eINSTANCE.getTrainingConfig_EmaDecay();

		/**
		 * The meta object literal for the '<em><b>Max Grad Norm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_CONFIG__MAX_GRAD_NORM = eINSTANCE.getTrainingConfig_MaxGradNorm();

		/**
		 * The meta object literal for the '<em><b>Noise Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_CONFIG__NOISE_OFFSET = eINSTANCE.getTrainingConfig_NoiseOffset();

		/**
		 * The meta object literal for the '<em><b>Min Snr Gamma</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_CONFIG__MIN_SNR_GAMMA = eINSTANCE.getTrainingConfig_MinSnrGamma();

		/**
		 * The meta object literal for the '<em><b>Clip Skip</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_CONFIG__CLIP_SKIP = eINSTANCE.getTrainingConfig_ClipSkip();

		/**
		 * The meta object literal for the '<em><b>Checkpoint Every Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_CONFIG__CHECKPOINT_EVERY_STEPS = eINSTANCE.getTrainingConfig_CheckpointEverySteps();

		/**
		 * The meta object literal for the '<em><b>Save Every Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_CONFIG__SAVE_EVERY_STEPS = eINSTANCE.getTrainingConfig_SaveEverySteps();

		/**
		 * The meta object literal for the '<em><b>Cache Latents</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_CONFIG__CACHE_LATENTS = eINSTANCE.getTrainingConfig_CacheLatents();

		/**
		 * The meta object literal for the '<em><b>Validation Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_CONFIG__VALIDATION_SHARE = eINSTANCE.getTrainingConfig_ValidationShare();

		/**
		 * The meta object literal for the '<em><b>Missing Captions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_CONFIG__MISSING_CAPTIONS = eINSTANCE.getTrainingConfig_MissingCaptions();

		/**
		 * The meta object literal for the '{@link org.atelier.training.model.LrScheduler <em>Lr Scheduler</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.training.model.LrScheduler
		 * @see org.atelier.training.model.impl.TrainingPackageImpl#getLrScheduler()
		 * @generated
		 */
		EEnum LR_SCHEDULER = eINSTANCE.getLrScheduler();

		/**
		 * The meta object literal for the '{@link org.atelier.training.model.OptimizerKind <em>Optimizer Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.training.model.OptimizerKind
		 * @see org.atelier.training.model.impl.TrainingPackageImpl#getOptimizerKind()
		 * @generated
		 */
		EEnum OPTIMIZER_KIND = eINSTANCE.getOptimizerKind();

		/**
		 * The meta object literal for the '{@link org.atelier.training.model.MissingCaptions <em>Missing Captions</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.training.model.MissingCaptions
		 * @see org.atelier.training.model.impl.TrainingPackageImpl#getMissingCaptions()
		 * @generated
		 */
		EEnum MISSING_CAPTIONS = eINSTANCE.getMissingCaptions();

	}

} //TrainingPackage
