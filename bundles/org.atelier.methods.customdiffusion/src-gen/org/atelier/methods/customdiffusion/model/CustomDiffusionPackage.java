/**
 */
package org.atelier.methods.customdiffusion.model;

import org.atelier.training.model.TrainingPackage;

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
 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionFactory
 * @model kind="package"
 * @generated
 */
public interface CustomDiffusionPackage extends EPackage {
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
	String eNS_URI = "http://atelier.org/methods/customdiffusion/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "customdiffusion";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CustomDiffusionPackage eINSTANCE = org.atelier.methods.customdiffusion.model.impl.CustomDiffusionPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.atelier.methods.customdiffusion.model.impl.CustomDiffusionConfigImpl <em>Config</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.methods.customdiffusion.model.impl.CustomDiffusionConfigImpl
	 * @see org.atelier.methods.customdiffusion.model.impl.CustomDiffusionPackageImpl#getCustomDiffusionConfig()
	 * @generated
	 */
	int CUSTOM_DIFFUSION_CONFIG = 0;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__STEPS = TrainingPackage.TRAINING_CONFIG__STEPS;

	/**
	 * The feature id for the '<em><b>Batch Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__BATCH_SIZE = TrainingPackage.TRAINING_CONFIG__BATCH_SIZE;

	/**
	 * The feature id for the '<em><b>Gradient Accumulation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__GRADIENT_ACCUMULATION = TrainingPackage.TRAINING_CONFIG__GRADIENT_ACCUMULATION;

	/**
	 * The feature id for the '<em><b>Gradient Checkpointing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__GRADIENT_CHECKPOINTING = TrainingPackage.TRAINING_CONFIG__GRADIENT_CHECKPOINTING;

	/**
	 * The feature id for the '<em><b>Fused Back Pass</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__FUSED_BACK_PASS = TrainingPackage.TRAINING_CONFIG__FUSED_BACK_PASS;

	/**
	 * The feature id for the '<em><b>Learning Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__LEARNING_RATE = TrainingPackage.TRAINING_CONFIG__LEARNING_RATE;

	/**
	 * The feature id for the '<em><b>Scheduler</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__SCHEDULER = TrainingPackage.TRAINING_CONFIG__SCHEDULER;

	/**
	 * The feature id for the '<em><b>Warmup Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__WARMUP_STEPS = TrainingPackage.TRAINING_CONFIG__WARMUP_STEPS;

	/**
	 * The feature id for the '<em><b>Restarts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__RESTARTS = TrainingPackage.TRAINING_CONFIG__RESTARTS;

	/**
	 * The feature id for the '<em><b>Power</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__POWER = TrainingPackage.TRAINING_CONFIG__POWER;

	/**
	 * The feature id for the '<em><b>Optimizer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__OPTIMIZER = TrainingPackage.TRAINING_CONFIG__OPTIMIZER;

	/**
	 * The feature id for the '<em><b>Weight Decay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__WEIGHT_DECAY = TrainingPackage.TRAINING_CONFIG__WEIGHT_DECAY;

	/**
	 * The feature id for the '<em><b>Beta1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__BETA1 = TrainingPackage.TRAINING_CONFIG__BETA1;

	/**
	 * The feature id for the '<em><b>Beta2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__BETA2 = TrainingPackage.TRAINING_CONFIG__BETA2;

	/**
	 * The feature id for the '<em><b>Relative Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__RELATIVE_STEP = TrainingPackage.TRAINING_CONFIG__RELATIVE_STEP;

	/**
	 * The feature id for the '<em><b>Scale Parameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__SCALE_PARAMETER = TrainingPackage.TRAINING_CONFIG__SCALE_PARAMETER;

	/**
	 * The feature id for the '<em><b>Warmup Init</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__WARMUP_INIT = TrainingPackage.TRAINING_CONFIG__WARMUP_INIT;

	/**
	 * The feature id for the '<em><b>Clip Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__CLIP_THRESHOLD = TrainingPackage.TRAINING_CONFIG__CLIP_THRESHOLD;

	/**
	 * The feature id for the '<em><b>Decay Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__DECAY_RATE = TrainingPackage.TRAINING_CONFIG__DECAY_RATE;

	/**
	 * The feature id for the '<em><b>Adafactor Beta1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__ADAFACTOR_BETA1 = TrainingPackage.TRAINING_CONFIG__ADAFACTOR_BETA1;

	/**
	 * The feature id for the '<em><b>Adafactor Eps1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__ADAFACTOR_EPS1 = TrainingPackage.TRAINING_CONFIG__ADAFACTOR_EPS1;

	/**
	 * The feature id for the '<em><b>Adafactor Eps2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__ADAFACTOR_EPS2 = TrainingPackage.TRAINING_CONFIG__ADAFACTOR_EPS2;

	/**
	 * The feature id for the '<em><b>Ema Decay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__EMA_DECAY = TrainingPackage.TRAINING_CONFIG__EMA_DECAY;

	/**
	 * The feature id for the '<em><b>Max Grad Norm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__MAX_GRAD_NORM = TrainingPackage.TRAINING_CONFIG__MAX_GRAD_NORM;

	/**
	 * The feature id for the '<em><b>Noise Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__NOISE_OFFSET = TrainingPackage.TRAINING_CONFIG__NOISE_OFFSET;

	/**
	 * The feature id for the '<em><b>Min Snr Gamma</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__MIN_SNR_GAMMA = TrainingPackage.TRAINING_CONFIG__MIN_SNR_GAMMA;

	/**
	 * The feature id for the '<em><b>Clip Skip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__CLIP_SKIP = TrainingPackage.TRAINING_CONFIG__CLIP_SKIP;

	/**
	 * The feature id for the '<em><b>Checkpoint Every Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__CHECKPOINT_EVERY_STEPS = TrainingPackage.TRAINING_CONFIG__CHECKPOINT_EVERY_STEPS;

	/**
	 * The feature id for the '<em><b>Save Every Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__SAVE_EVERY_STEPS = TrainingPackage.TRAINING_CONFIG__SAVE_EVERY_STEPS;

	/**
	 * The feature id for the '<em><b>Cache Latents</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__CACHE_LATENTS = TrainingPackage.TRAINING_CONFIG__CACHE_LATENTS;

	/**
	 * The feature id for the '<em><b>Validation Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__VALIDATION_SHARE = TrainingPackage.TRAINING_CONFIG__VALIDATION_SHARE;

	/**
	 * The feature id for the '<em><b>Missing Captions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__MISSING_CAPTIONS = TrainingPackage.TRAINING_CONFIG__MISSING_CAPTIONS;

	/**
	 * The feature id for the '<em><b>Output Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__OUTPUT_TYPE = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Modifier Token</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__MODIFIER_TOKEN = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Initializer Token</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__INITIALIZER_TOKEN = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Instance Prompt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__INSTANCE_PROMPT = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Use Captions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__USE_CAPTIONS = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Trains</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__TRAINS = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Prior Preservation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__PRIOR_PRESERVATION = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Class Prompt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__CLASS_PROMPT = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Class Images</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__CLASS_IMAGES = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Prior Loss Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__PRIOR_LOSS_WEIGHT = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Class Negative Prompt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__CLASS_NEGATIVE_PROMPT = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Class Sampler</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__CLASS_SAMPLER = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Class Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__CLASS_STEPS = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Class Cfg Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__CLASS_CFG_SCALE = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Class Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__CLASS_SEED = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Export Diff</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__EXPORT_DIFF = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Export Checkpoint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__EXPORT_CHECKPOINT = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Output Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG__OUTPUT_NAME = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 17;

	/**
	 * The number of structural features of the '<em>Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG_FEATURE_COUNT = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 18;

	/**
	 * The number of operations of the '<em>Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_DIFFUSION_CONFIG_OPERATION_COUNT = TrainingPackage.TRAINING_CONFIG_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atelier.methods.customdiffusion.model.TrainedProjections <em>Trained Projections</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.methods.customdiffusion.model.TrainedProjections
	 * @see org.atelier.methods.customdiffusion.model.impl.CustomDiffusionPackageImpl#getTrainedProjections()
	 * @generated
	 */
	int TRAINED_PROJECTIONS = 1;


	/**
	 * Returns the meta object for class '{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig <em>Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Config</em>'.
	 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionConfig
	 * @generated
	 */
	EClass getCustomDiffusionConfig();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getModifierToken <em>Modifier Token</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modifier Token</em>'.
	 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getModifierToken()
	 * @see #getCustomDiffusionConfig()
	 * @generated
	 */
	EAttribute getCustomDiffusionConfig_ModifierToken();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getInitializerToken <em>Initializer Token</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initializer Token</em>'.
	 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getInitializerToken()
	 * @see #getCustomDiffusionConfig()
	 * @generated
	 */
	EAttribute getCustomDiffusionConfig_InitializerToken();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getInstancePrompt <em>Instance Prompt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instance Prompt</em>'.
	 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getInstancePrompt()
	 * @see #getCustomDiffusionConfig()
	 * @generated
	 */
	EAttribute getCustomDiffusionConfig_InstancePrompt();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#isUseCaptions <em>Use Captions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Use Captions</em>'.
	 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#isUseCaptions()
	 * @see #getCustomDiffusionConfig()
	 * @generated
	 */
	EAttribute getCustomDiffusionConfig_UseCaptions();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getTrains <em>Trains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trains</em>'.
	 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getTrains()
	 * @see #getCustomDiffusionConfig()
	 * @generated
	 */
	EAttribute getCustomDiffusionConfig_Trains();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#isPriorPreservation <em>Prior Preservation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prior Preservation</em>'.
	 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#isPriorPreservation()
	 * @see #getCustomDiffusionConfig()
	 * @generated
	 */
	EAttribute getCustomDiffusionConfig_PriorPreservation();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getClassPrompt <em>Class Prompt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Class Prompt</em>'.
	 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getClassPrompt()
	 * @see #getCustomDiffusionConfig()
	 * @generated
	 */
	EAttribute getCustomDiffusionConfig_ClassPrompt();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getClassImages <em>Class Images</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Class Images</em>'.
	 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getClassImages()
	 * @see #getCustomDiffusionConfig()
	 * @generated
	 */
	EAttribute getCustomDiffusionConfig_ClassImages();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getPriorLossWeight <em>Prior Loss Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prior Loss Weight</em>'.
	 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getPriorLossWeight()
	 * @see #getCustomDiffusionConfig()
	 * @generated
	 */
	EAttribute getCustomDiffusionConfig_PriorLossWeight();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getClassNegativePrompt <em>Class Negative Prompt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Class Negative Prompt</em>'.
	 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getClassNegativePrompt()
	 * @see #getCustomDiffusionConfig()
	 * @generated
	 */
	EAttribute getCustomDiffusionConfig_ClassNegativePrompt();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getClassSampler <em>Class Sampler</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Class Sampler</em>'.
	 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getClassSampler()
	 * @see #getCustomDiffusionConfig()
	 * @generated
	 */
	EAttribute getCustomDiffusionConfig_ClassSampler();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getClassSteps <em>Class Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Class Steps</em>'.
	 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getClassSteps()
	 * @see #getCustomDiffusionConfig()
	 * @generated
	 */
	EAttribute getCustomDiffusionConfig_ClassSteps();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getClassCfgScale <em>Class Cfg Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Class Cfg Scale</em>'.
	 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getClassCfgScale()
	 * @see #getCustomDiffusionConfig()
	 * @generated
	 */
	EAttribute getCustomDiffusionConfig_ClassCfgScale();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getClassSeed <em>Class Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Class Seed</em>'.
	 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getClassSeed()
	 * @see #getCustomDiffusionConfig()
	 * @generated
	 */
	EAttribute getCustomDiffusionConfig_ClassSeed();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#isExportDiff <em>Export Diff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Export Diff</em>'.
	 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#isExportDiff()
	 * @see #getCustomDiffusionConfig()
	 * @generated
	 */
	EAttribute getCustomDiffusionConfig_ExportDiff();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#isExportCheckpoint <em>Export Checkpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Export Checkpoint</em>'.
	 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#isExportCheckpoint()
	 * @see #getCustomDiffusionConfig()
	 * @generated
	 */
	EAttribute getCustomDiffusionConfig_ExportCheckpoint();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getOutputName <em>Output Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Output Name</em>'.
	 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionConfig#getOutputName()
	 * @see #getCustomDiffusionConfig()
	 * @generated
	 */
	EAttribute getCustomDiffusionConfig_OutputName();

	/**
	 * Returns the meta object for enum '{@link org.atelier.methods.customdiffusion.model.TrainedProjections <em>Trained Projections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Trained Projections</em>'.
	 * @see org.atelier.methods.customdiffusion.model.TrainedProjections
	 * @generated
	 */
	EEnum getTrainedProjections();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CustomDiffusionFactory getCustomDiffusionFactory();

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
		 * The meta object literal for the '{@link org.atelier.methods.customdiffusion.model.impl.CustomDiffusionConfigImpl <em>Config</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.methods.customdiffusion.model.impl.CustomDiffusionConfigImpl
		 * @see org.atelier.methods.customdiffusion.model.impl.CustomDiffusionPackageImpl#getCustomDiffusionConfig()
		 * @generated
		 */
		EClass CUSTOM_DIFFUSION_CONFIG = eINSTANCE.getCustomDiffusionConfig();

		/**
		 * The meta object literal for the '<em><b>Modifier Token</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_DIFFUSION_CONFIG__MODIFIER_TOKEN = eINSTANCE.getCustomDiffusionConfig_ModifierToken();

		/**
		 * The meta object literal for the '<em><b>Initializer Token</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_DIFFUSION_CONFIG__INITIALIZER_TOKEN = eINSTANCE.getCustomDiffusionConfig_InitializerToken();

		/**
		 * The meta object literal for the '<em><b>Instance Prompt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_DIFFUSION_CONFIG__INSTANCE_PROMPT = eINSTANCE.getCustomDiffusionConfig_InstancePrompt();

		/**
		 * The meta object literal for the '<em><b>Use Captions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_DIFFUSION_CONFIG__USE_CAPTIONS = eINSTANCE.getCustomDiffusionConfig_UseCaptions();

		/**
		 * The meta object literal for the '<em><b>Trains</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_DIFFUSION_CONFIG__TRAINS = eINSTANCE.getCustomDiffusionConfig_Trains();

		/**
		 * The meta object literal for the '<em><b>Prior Preservation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_DIFFUSION_CONFIG__PRIOR_PRESERVATION = eINSTANCE.getCustomDiffusionConfig_PriorPreservation();

		/**
		 * The meta object literal for the '<em><b>Class Prompt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_DIFFUSION_CONFIG__CLASS_PROMPT = eINSTANCE.getCustomDiffusionConfig_ClassPrompt();

		/**
		 * The meta object literal for the '<em><b>Class Images</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_DIFFUSION_CONFIG__CLASS_IMAGES = eINSTANCE.getCustomDiffusionConfig_ClassImages();

		/**
		 * The meta object literal for the '<em><b>Prior Loss Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_DIFFUSION_CONFIG__PRIOR_LOSS_WEIGHT = eINSTANCE.getCustomDiffusionConfig_PriorLossWeight();

		/**
		 * The meta object literal for the '<em><b>Class Negative Prompt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_DIFFUSION_CONFIG__CLASS_NEGATIVE_PROMPT = eINSTANCE.getCustomDiffusionConfig_ClassNegativePrompt();

		/**
		 * The meta object literal for the '<em><b>Class Sampler</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_DIFFUSION_CONFIG__CLASS_SAMPLER = eINSTANCE.getCustomDiffusionConfig_ClassSampler();

		/**
		 * The meta object literal for the '<em><b>Class Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_DIFFUSION_CONFIG__CLASS_STEPS = eINSTANCE.getCustomDiffusionConfig_ClassSteps();

		/**
		 * The meta object literal for the '<em><b>Class Cfg Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_DIFFUSION_CONFIG__CLASS_CFG_SCALE = eINSTANCE.getCustomDiffusionConfig_ClassCfgScale();

		/**
		 * The meta object literal for the '<em><b>Class Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_DIFFUSION_CONFIG__CLASS_SEED = eINSTANCE.getCustomDiffusionConfig_ClassSeed();

		/**
		 * The meta object literal for the '<em><b>Export Diff</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_DIFFUSION_CONFIG__EXPORT_DIFF = eINSTANCE.getCustomDiffusionConfig_ExportDiff();

		/**
		 * The meta object literal for the '<em><b>Export Checkpoint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_DIFFUSION_CONFIG__EXPORT_CHECKPOINT = eINSTANCE.getCustomDiffusionConfig_ExportCheckpoint();

		/**
		 * The meta object literal for the '<em><b>Output Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_DIFFUSION_CONFIG__OUTPUT_NAME = eINSTANCE.getCustomDiffusionConfig_OutputName();

		/**
		 * The meta object literal for the '{@link org.atelier.methods.customdiffusion.model.TrainedProjections <em>Trained Projections</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.methods.customdiffusion.model.TrainedProjections
		 * @see org.atelier.methods.customdiffusion.model.impl.CustomDiffusionPackageImpl#getTrainedProjections()
		 * @generated
		 */
		EEnum TRAINED_PROJECTIONS = eINSTANCE.getTrainedProjections();

	}

} //CustomDiffusionPackage
