/**
 */
package org.atelier.methods.dreambooth.model;

import org.atelier.methods.finetune.model.FineTunePackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
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
 * @see org.atelier.methods.dreambooth.model.DreamBoothFactory
 * @model kind="package"
 * @generated
 */
public interface DreamBoothPackage extends EPackage {
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
	String eNS_URI = "http://atelier.org/methods/dreambooth/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "dreambooth";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DreamBoothPackage eINSTANCE = org.atelier.methods.dreambooth.model.impl.DreamBoothPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.atelier.methods.dreambooth.model.impl.DreamBoothConfigImpl <em>Config</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.methods.dreambooth.model.impl.DreamBoothConfigImpl
	 * @see org.atelier.methods.dreambooth.model.impl.DreamBoothPackageImpl#getDreamBoothConfig()
	 * @generated
	 */
	int DREAM_BOOTH_CONFIG = 0;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__STEPS = FineTunePackage.FINE_TUNE_CONFIG__STEPS;

	/**
	 * The feature id for the '<em><b>Batch Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__BATCH_SIZE = FineTunePackage.FINE_TUNE_CONFIG__BATCH_SIZE;

	/**
	 * The feature id for the '<em><b>Gradient Accumulation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__GRADIENT_ACCUMULATION = FineTunePackage.FINE_TUNE_CONFIG__GRADIENT_ACCUMULATION;

	/**
	 * The feature id for the '<em><b>Gradient Checkpointing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__GRADIENT_CHECKPOINTING = FineTunePackage.FINE_TUNE_CONFIG__GRADIENT_CHECKPOINTING;

	/**
	 * The feature id for the '<em><b>Fused Back Pass</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__FUSED_BACK_PASS = FineTunePackage.FINE_TUNE_CONFIG__FUSED_BACK_PASS;

	/**
	 * The feature id for the '<em><b>Learning Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__LEARNING_RATE = FineTunePackage.FINE_TUNE_CONFIG__LEARNING_RATE;

	/**
	 * The feature id for the '<em><b>Scheduler</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__SCHEDULER = FineTunePackage.FINE_TUNE_CONFIG__SCHEDULER;

	/**
	 * The feature id for the '<em><b>Warmup Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__WARMUP_STEPS = FineTunePackage.FINE_TUNE_CONFIG__WARMUP_STEPS;

	/**
	 * The feature id for the '<em><b>Restarts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__RESTARTS = FineTunePackage.FINE_TUNE_CONFIG__RESTARTS;

	/**
	 * The feature id for the '<em><b>Power</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__POWER = FineTunePackage.FINE_TUNE_CONFIG__POWER;

	/**
	 * The feature id for the '<em><b>Optimizer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__OPTIMIZER = FineTunePackage.FINE_TUNE_CONFIG__OPTIMIZER;

	/**
	 * The feature id for the '<em><b>Weight Decay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__WEIGHT_DECAY = FineTunePackage.FINE_TUNE_CONFIG__WEIGHT_DECAY;

	/**
	 * The feature id for the '<em><b>Beta1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__BETA1 = FineTunePackage.FINE_TUNE_CONFIG__BETA1;

	/**
	 * The feature id for the '<em><b>Beta2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__BETA2 = FineTunePackage.FINE_TUNE_CONFIG__BETA2;

	/**
	 * The feature id for the '<em><b>Relative Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__RELATIVE_STEP = FineTunePackage.FINE_TUNE_CONFIG__RELATIVE_STEP;

	/**
	 * The feature id for the '<em><b>Scale Parameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__SCALE_PARAMETER = FineTunePackage.FINE_TUNE_CONFIG__SCALE_PARAMETER;

	/**
	 * The feature id for the '<em><b>Warmup Init</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__WARMUP_INIT = FineTunePackage.FINE_TUNE_CONFIG__WARMUP_INIT;

	/**
	 * The feature id for the '<em><b>Clip Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__CLIP_THRESHOLD = FineTunePackage.FINE_TUNE_CONFIG__CLIP_THRESHOLD;

	/**
	 * The feature id for the '<em><b>Decay Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__DECAY_RATE = FineTunePackage.FINE_TUNE_CONFIG__DECAY_RATE;

	/**
	 * The feature id for the '<em><b>Adafactor Beta1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__ADAFACTOR_BETA1 = FineTunePackage.FINE_TUNE_CONFIG__ADAFACTOR_BETA1;

	/**
	 * The feature id for the '<em><b>Adafactor Eps1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__ADAFACTOR_EPS1 = FineTunePackage.FINE_TUNE_CONFIG__ADAFACTOR_EPS1;

	/**
	 * The feature id for the '<em><b>Adafactor Eps2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__ADAFACTOR_EPS2 = FineTunePackage.FINE_TUNE_CONFIG__ADAFACTOR_EPS2;

	/**
	 * The feature id for the '<em><b>Ema Decay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__EMA_DECAY = FineTunePackage.FINE_TUNE_CONFIG__EMA_DECAY;

	/**
	 * The feature id for the '<em><b>Max Grad Norm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__MAX_GRAD_NORM = FineTunePackage.FINE_TUNE_CONFIG__MAX_GRAD_NORM;

	/**
	 * The feature id for the '<em><b>Noise Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__NOISE_OFFSET = FineTunePackage.FINE_TUNE_CONFIG__NOISE_OFFSET;

	/**
	 * The feature id for the '<em><b>Min Snr Gamma</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__MIN_SNR_GAMMA = FineTunePackage.FINE_TUNE_CONFIG__MIN_SNR_GAMMA;

	/**
	 * The feature id for the '<em><b>Clip Skip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__CLIP_SKIP = FineTunePackage.FINE_TUNE_CONFIG__CLIP_SKIP;

	/**
	 * The feature id for the '<em><b>Checkpoint Every Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__CHECKPOINT_EVERY_STEPS = FineTunePackage.FINE_TUNE_CONFIG__CHECKPOINT_EVERY_STEPS;

	/**
	 * The feature id for the '<em><b>Save Every Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__SAVE_EVERY_STEPS = FineTunePackage.FINE_TUNE_CONFIG__SAVE_EVERY_STEPS;

	/**
	 * The feature id for the '<em><b>Cache Latents</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__CACHE_LATENTS = FineTunePackage.FINE_TUNE_CONFIG__CACHE_LATENTS;

	/**
	 * The feature id for the '<em><b>Validation Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__VALIDATION_SHARE = FineTunePackage.FINE_TUNE_CONFIG__VALIDATION_SHARE;

	/**
	 * The feature id for the '<em><b>Missing Captions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__MISSING_CAPTIONS = FineTunePackage.FINE_TUNE_CONFIG__MISSING_CAPTIONS;

	/**
	 * The feature id for the '<em><b>Output Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__OUTPUT_TYPE = FineTunePackage.FINE_TUNE_CONFIG__OUTPUT_TYPE;

	/**
	 * The feature id for the '<em><b>Trains</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__TRAINS = FineTunePackage.FINE_TUNE_CONFIG__TRAINS;

	/**
	 * The feature id for the '<em><b>Include Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__INCLUDE_PATTERN = FineTunePackage.FINE_TUNE_CONFIG__INCLUDE_PATTERN;

	/**
	 * The feature id for the '<em><b>Exclude Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__EXCLUDE_PATTERN = FineTunePackage.FINE_TUNE_CONFIG__EXCLUDE_PATTERN;

	/**
	 * The feature id for the '<em><b>Text Encoder Learning Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__TEXT_ENCODER_LEARNING_RATE = FineTunePackage.FINE_TUNE_CONFIG__TEXT_ENCODER_LEARNING_RATE;

	/**
	 * The feature id for the '<em><b>Text Encoder Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__TEXT_ENCODER_STEPS = FineTunePackage.FINE_TUNE_CONFIG__TEXT_ENCODER_STEPS;

	/**
	 * The feature id for the '<em><b>Output Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__OUTPUT_FORMAT = FineTunePackage.FINE_TUNE_CONFIG__OUTPUT_FORMAT;

	/**
	 * The feature id for the '<em><b>Output Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__OUTPUT_NAME = FineTunePackage.FINE_TUNE_CONFIG__OUTPUT_NAME;

	/**
	 * The feature id for the '<em><b>Instance Prompt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__INSTANCE_PROMPT = FineTunePackage.FINE_TUNE_CONFIG_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Use Captions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__USE_CAPTIONS = FineTunePackage.FINE_TUNE_CONFIG_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Class Prompt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__CLASS_PROMPT = FineTunePackage.FINE_TUNE_CONFIG_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Prior Preservation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__PRIOR_PRESERVATION = FineTunePackage.FINE_TUNE_CONFIG_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Class Images</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__CLASS_IMAGES = FineTunePackage.FINE_TUNE_CONFIG_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Prior Loss Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__PRIOR_LOSS_WEIGHT = FineTunePackage.FINE_TUNE_CONFIG_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Class Negative Prompt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__CLASS_NEGATIVE_PROMPT = FineTunePackage.FINE_TUNE_CONFIG_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Class Sampler</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__CLASS_SAMPLER = FineTunePackage.FINE_TUNE_CONFIG_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Class Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__CLASS_STEPS = FineTunePackage.FINE_TUNE_CONFIG_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Class Cfg Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__CLASS_CFG_SCALE = FineTunePackage.FINE_TUNE_CONFIG_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Class Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__CLASS_SEED = FineTunePackage.FINE_TUNE_CONFIG_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Trains Lora</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__TRAINS_LORA = FineTunePackage.FINE_TUNE_CONFIG_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Lora Rank</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__LORA_RANK = FineTunePackage.FINE_TUNE_CONFIG_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Lora Alpha</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG__LORA_ALPHA = FineTunePackage.FINE_TUNE_CONFIG_FEATURE_COUNT + 13;

	/**
	 * The number of structural features of the '<em>Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG_FEATURE_COUNT = FineTunePackage.FINE_TUNE_CONFIG_FEATURE_COUNT + 14;

	/**
	 * The number of operations of the '<em>Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_BOOTH_CONFIG_OPERATION_COUNT = FineTunePackage.FINE_TUNE_CONFIG_OPERATION_COUNT + 0;


	/**
	 * Returns the meta object for class '{@link org.atelier.methods.dreambooth.model.DreamBoothConfig <em>Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Config</em>'.
	 * @see org.atelier.methods.dreambooth.model.DreamBoothConfig
	 * @generated
	 */
	EClass getDreamBoothConfig();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#getInstancePrompt <em>Instance Prompt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instance Prompt</em>'.
	 * @see org.atelier.methods.dreambooth.model.DreamBoothConfig#getInstancePrompt()
	 * @see #getDreamBoothConfig()
	 * @generated
	 */
	EAttribute getDreamBoothConfig_InstancePrompt();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#isUseCaptions <em>Use Captions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Use Captions</em>'.
	 * @see org.atelier.methods.dreambooth.model.DreamBoothConfig#isUseCaptions()
	 * @see #getDreamBoothConfig()
	 * @generated
	 */
	EAttribute getDreamBoothConfig_UseCaptions();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#getClassPrompt <em>Class Prompt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Class Prompt</em>'.
	 * @see org.atelier.methods.dreambooth.model.DreamBoothConfig#getClassPrompt()
	 * @see #getDreamBoothConfig()
	 * @generated
	 */
	EAttribute getDreamBoothConfig_ClassPrompt();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#isPriorPreservation <em>Prior Preservation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prior Preservation</em>'.
	 * @see org.atelier.methods.dreambooth.model.DreamBoothConfig#isPriorPreservation()
	 * @see #getDreamBoothConfig()
	 * @generated
	 */
	EAttribute getDreamBoothConfig_PriorPreservation();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#getClassImages <em>Class Images</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Class Images</em>'.
	 * @see org.atelier.methods.dreambooth.model.DreamBoothConfig#getClassImages()
	 * @see #getDreamBoothConfig()
	 * @generated
	 */
	EAttribute getDreamBoothConfig_ClassImages();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#getPriorLossWeight <em>Prior Loss Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prior Loss Weight</em>'.
	 * @see org.atelier.methods.dreambooth.model.DreamBoothConfig#getPriorLossWeight()
	 * @see #getDreamBoothConfig()
	 * @generated
	 */
	EAttribute getDreamBoothConfig_PriorLossWeight();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#getClassNegativePrompt <em>Class Negative Prompt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Class Negative Prompt</em>'.
	 * @see org.atelier.methods.dreambooth.model.DreamBoothConfig#getClassNegativePrompt()
	 * @see #getDreamBoothConfig()
	 * @generated
	 */
	EAttribute getDreamBoothConfig_ClassNegativePrompt();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#getClassSampler <em>Class Sampler</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Class Sampler</em>'.
	 * @see org.atelier.methods.dreambooth.model.DreamBoothConfig#getClassSampler()
	 * @see #getDreamBoothConfig()
	 * @generated
	 */
	EAttribute getDreamBoothConfig_ClassSampler();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#getClassSteps <em>Class Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Class Steps</em>'.
	 * @see org.atelier.methods.dreambooth.model.DreamBoothConfig#getClassSteps()
	 * @see #getDreamBoothConfig()
	 * @generated
	 */
	EAttribute getDreamBoothConfig_ClassSteps();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#getClassCfgScale <em>Class Cfg Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Class Cfg Scale</em>'.
	 * @see org.atelier.methods.dreambooth.model.DreamBoothConfig#getClassCfgScale()
	 * @see #getDreamBoothConfig()
	 * @generated
	 */
	EAttribute getDreamBoothConfig_ClassCfgScale();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#getClassSeed <em>Class Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Class Seed</em>'.
	 * @see org.atelier.methods.dreambooth.model.DreamBoothConfig#getClassSeed()
	 * @see #getDreamBoothConfig()
	 * @generated
	 */
	EAttribute getDreamBoothConfig_ClassSeed();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#isTrainsLora <em>Trains Lora</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trains Lora</em>'.
	 * @see org.atelier.methods.dreambooth.model.DreamBoothConfig#isTrainsLora()
	 * @see #getDreamBoothConfig()
	 * @generated
	 */
	EAttribute getDreamBoothConfig_TrainsLora();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#getLoraRank <em>Lora Rank</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lora Rank</em>'.
	 * @see org.atelier.methods.dreambooth.model.DreamBoothConfig#getLoraRank()
	 * @see #getDreamBoothConfig()
	 * @generated
	 */
	EAttribute getDreamBoothConfig_LoraRank();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.dreambooth.model.DreamBoothConfig#getLoraAlpha <em>Lora Alpha</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lora Alpha</em>'.
	 * @see org.atelier.methods.dreambooth.model.DreamBoothConfig#getLoraAlpha()
	 * @see #getDreamBoothConfig()
	 * @generated
	 */
	EAttribute getDreamBoothConfig_LoraAlpha();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	DreamBoothFactory getDreamBoothFactory();

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
		 * The meta object literal for the '{@link org.atelier.methods.dreambooth.model.impl.DreamBoothConfigImpl <em>Config</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.methods.dreambooth.model.impl.DreamBoothConfigImpl
		 * @see org.atelier.methods.dreambooth.model.impl.DreamBoothPackageImpl#getDreamBoothConfig()
		 * @generated
		 */
		EClass DREAM_BOOTH_CONFIG = eINSTANCE.getDreamBoothConfig();

		/**
		 * The meta object literal for the '<em><b>Instance Prompt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DREAM_BOOTH_CONFIG__INSTANCE_PROMPT = eINSTANCE.getDreamBoothConfig_InstancePrompt();

		/**
		 * The meta object literal for the '<em><b>Use Captions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DREAM_BOOTH_CONFIG__USE_CAPTIONS = eINSTANCE.getDreamBoothConfig_UseCaptions();

		/**
		 * The meta object literal for the '<em><b>Class Prompt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DREAM_BOOTH_CONFIG__CLASS_PROMPT = eINSTANCE.getDreamBoothConfig_ClassPrompt();

		/**
		 * The meta object literal for the '<em><b>Prior Preservation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DREAM_BOOTH_CONFIG__PRIOR_PRESERVATION = eINSTANCE.getDreamBoothConfig_PriorPreservation();

		/**
		 * The meta object literal for the '<em><b>Class Images</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DREAM_BOOTH_CONFIG__CLASS_IMAGES = eINSTANCE.getDreamBoothConfig_ClassImages();

		/**
		 * The meta object literal for the '<em><b>Prior Loss Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DREAM_BOOTH_CONFIG__PRIOR_LOSS_WEIGHT = eINSTANCE.getDreamBoothConfig_PriorLossWeight();

		/**
		 * The meta object literal for the '<em><b>Class Negative Prompt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DREAM_BOOTH_CONFIG__CLASS_NEGATIVE_PROMPT = eINSTANCE.getDreamBoothConfig_ClassNegativePrompt();

		/**
		 * The meta object literal for the '<em><b>Class Sampler</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DREAM_BOOTH_CONFIG__CLASS_SAMPLER = eINSTANCE.getDreamBoothConfig_ClassSampler();

		/**
		 * The meta object literal for the '<em><b>Class Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DREAM_BOOTH_CONFIG__CLASS_STEPS = eINSTANCE.getDreamBoothConfig_ClassSteps();

		/**
		 * The meta object literal for the '<em><b>Class Cfg Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DREAM_BOOTH_CONFIG__CLASS_CFG_SCALE = eINSTANCE.getDreamBoothConfig_ClassCfgScale();

		/**
		 * The meta object literal for the '<em><b>Class Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DREAM_BOOTH_CONFIG__CLASS_SEED = eINSTANCE.getDreamBoothConfig_ClassSeed();

		/**
		 * The meta object literal for the '<em><b>Trains Lora</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DREAM_BOOTH_CONFIG__TRAINS_LORA = eINSTANCE.getDreamBoothConfig_TrainsLora();

		/**
		 * The meta object literal for the '<em><b>Lora Rank</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DREAM_BOOTH_CONFIG__LORA_RANK = eINSTANCE.getDreamBoothConfig_LoraRank();

		/**
		 * The meta object literal for the '<em><b>Lora Alpha</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DREAM_BOOTH_CONFIG__LORA_ALPHA = eINSTANCE.getDreamBoothConfig_LoraAlpha();

	}

} //DreamBoothPackage
