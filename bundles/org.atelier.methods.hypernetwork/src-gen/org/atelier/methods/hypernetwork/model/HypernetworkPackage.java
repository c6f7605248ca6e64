/**
 */
package org.atelier.methods.hypernetwork.model;

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
 * @see org.atelier.methods.hypernetwork.model.HypernetworkFactory
 * @model kind="package"
 * @generated
 */
public interface HypernetworkPackage extends EPackage {
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
	String eNS_URI = "http://atelier.org/methods/hypernetwork/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "hypernetwork";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	HypernetworkPackage eINSTANCE = org.atelier.methods.hypernetwork.model.impl.HypernetworkPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.atelier.methods.hypernetwork.model.impl.HypernetworkConfigImpl <em>Config</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.methods.hypernetwork.model.impl.HypernetworkConfigImpl
	 * @see org.atelier.methods.hypernetwork.model.impl.HypernetworkPackageImpl#getHypernetworkConfig()
	 * @generated
	 */
	int HYPERNETWORK_CONFIG = 0;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__STEPS = TrainingPackage.TRAINING_CONFIG__STEPS;

	/**
	 * The feature id for the '<em><b>Batch Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__BATCH_SIZE = TrainingPackage.TRAINING_CONFIG__BATCH_SIZE;

	/**
	 * The feature id for the '<em><b>Gradient Accumulation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__GRADIENT_ACCUMULATION = TrainingPackage.TRAINING_CONFIG__GRADIENT_ACCUMULATION;

	/**
	 * The feature id for the '<em><b>Gradient Checkpointing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__GRADIENT_CHECKPOINTING = TrainingPackage.TRAINING_CONFIG__GRADIENT_CHECKPOINTING;

	/**
	 * The feature id for the '<em><b>Fused Back Pass</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__FUSED_BACK_PASS = TrainingPackage.TRAINING_CONFIG__FUSED_BACK_PASS;

	/**
	 * The feature id for the '<em><b>Learning Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__LEARNING_RATE = TrainingPackage.TRAINING_CONFIG__LEARNING_RATE;

	/**
	 * The feature id for the '<em><b>Scheduler</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__SCHEDULER = TrainingPackage.TRAINING_CONFIG__SCHEDULER;

	/**
	 * The feature id for the '<em><b>Warmup Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__WARMUP_STEPS = TrainingPackage.TRAINING_CONFIG__WARMUP_STEPS;

	/**
	 * The feature id for the '<em><b>Restarts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__RESTARTS = TrainingPackage.TRAINING_CONFIG__RESTARTS;

	/**
	 * The feature id for the '<em><b>Power</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__POWER = TrainingPackage.TRAINING_CONFIG__POWER;

	/**
	 * The feature id for the '<em><b>Optimizer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__OPTIMIZER = TrainingPackage.TRAINING_CONFIG__OPTIMIZER;

	/**
	 * The feature id for the '<em><b>Weight Decay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__WEIGHT_DECAY = TrainingPackage.TRAINING_CONFIG__WEIGHT_DECAY;

	/**
	 * The feature id for the '<em><b>Beta1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__BETA1 = TrainingPackage.TRAINING_CONFIG__BETA1;

	/**
	 * The feature id for the '<em><b>Beta2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__BETA2 = TrainingPackage.TRAINING_CONFIG__BETA2;

	/**
	 * The feature id for the '<em><b>Relative Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__RELATIVE_STEP = TrainingPackage.TRAINING_CONFIG__RELATIVE_STEP;

	/**
	 * The feature id for the '<em><b>Scale Parameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__SCALE_PARAMETER = TrainingPackage.TRAINING_CONFIG__SCALE_PARAMETER;

	/**
	 * The feature id for the '<em><b>Warmup Init</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__WARMUP_INIT = TrainingPackage.TRAINING_CONFIG__WARMUP_INIT;

	/**
	 * The feature id for the '<em><b>Clip Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__CLIP_THRESHOLD = TrainingPackage.TRAINING_CONFIG__CLIP_THRESHOLD;

	/**
	 * The feature id for the '<em><b>Decay Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__DECAY_RATE = TrainingPackage.TRAINING_CONFIG__DECAY_RATE;

	/**
	 * The feature id for the '<em><b>Adafactor Beta1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__ADAFACTOR_BETA1 = TrainingPackage.TRAINING_CONFIG__ADAFACTOR_BETA1;

	/**
	 * The feature id for the '<em><b>Adafactor Eps1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__ADAFACTOR_EPS1 = TrainingPackage.TRAINING_CONFIG__ADAFACTOR_EPS1;

	/**
	 * The feature id for the '<em><b>Adafactor Eps2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__ADAFACTOR_EPS2 = TrainingPackage.TRAINING_CONFIG__ADAFACTOR_EPS2;

	/**
	 * The feature id for the '<em><b>Ema Decay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__EMA_DECAY = TrainingPackage.TRAINING_CONFIG__EMA_DECAY;

	/**
	 * The feature id for the '<em><b>Max Grad Norm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__MAX_GRAD_NORM = TrainingPackage.TRAINING_CONFIG__MAX_GRAD_NORM;

	/**
	 * The feature id for the '<em><b>Noise Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__NOISE_OFFSET = TrainingPackage.TRAINING_CONFIG__NOISE_OFFSET;

	/**
	 * The feature id for the '<em><b>Min Snr Gamma</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__MIN_SNR_GAMMA = TrainingPackage.TRAINING_CONFIG__MIN_SNR_GAMMA;

	/**
	 * The feature id for the '<em><b>Clip Skip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__CLIP_SKIP = TrainingPackage.TRAINING_CONFIG__CLIP_SKIP;

	/**
	 * The feature id for the '<em><b>Checkpoint Every Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__CHECKPOINT_EVERY_STEPS = TrainingPackage.TRAINING_CONFIG__CHECKPOINT_EVERY_STEPS;

	/**
	 * The feature id for the '<em><b>Save Every Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__SAVE_EVERY_STEPS = TrainingPackage.TRAINING_CONFIG__SAVE_EVERY_STEPS;

	/**
	 * The feature id for the '<em><b>Cache Latents</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__CACHE_LATENTS = TrainingPackage.TRAINING_CONFIG__CACHE_LATENTS;

	/**
	 * The feature id for the '<em><b>Validation Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__VALIDATION_SHARE = TrainingPackage.TRAINING_CONFIG__VALIDATION_SHARE;

	/**
	 * The feature id for the '<em><b>Missing Captions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__MISSING_CAPTIONS = TrainingPackage.TRAINING_CONFIG__MISSING_CAPTIONS;

	/**
	 * The feature id for the '<em><b>Layer Structure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__LAYER_STRUCTURE = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Activation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__ACTIVATION = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Activate Output</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__ACTIVATE_OUTPUT = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Layer Norm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__LAYER_NORM = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Weight Initialization</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__WEIGHT_INITIALIZATION = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Use Dropout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__USE_DROPOUT = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Dropout Structure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__DROPOUT_STRUCTURE = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Last Layer Dropout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__LAST_LAYER_DROPOUT = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Sizes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__SIZES = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Template</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__TEMPLATE = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Start From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__START_FROM = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Output Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG__OUTPUT_NAME = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG_FEATURE_COUNT = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_CONFIG_OPERATION_COUNT = TrainingPackage.TRAINING_CONFIG_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atelier.methods.hypernetwork.model.Activation <em>Activation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.methods.hypernetwork.model.Activation
	 * @see org.atelier.methods.hypernetwork.model.impl.HypernetworkPackageImpl#getActivation()
	 * @generated
	 */
	int ACTIVATION = 1;

	/**
	 * The meta object id for the '{@link org.atelier.methods.hypernetwork.model.WeightInitialization <em>Weight Initialization</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.methods.hypernetwork.model.WeightInitialization
	 * @see org.atelier.methods.hypernetwork.model.impl.HypernetworkPackageImpl#getWeightInitialization()
	 * @generated
	 */
	int WEIGHT_INITIALIZATION = 2;


	/**
	 * Returns the meta object for class '{@link org.atelier.methods.hypernetwork.model.HypernetworkConfig <em>Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Config</em>'.
	 * @see org.atelier.methods.hypernetwork.model.HypernetworkConfig
	 * @generated
	 */
	EClass getHypernetworkConfig();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.hypernetwork.model.HypernetworkConfig#getLayerStructure <em>Layer Structure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Layer Structure</em>'.
	 * @see org.atelier.methods.hypernetwork.model.HypernetworkConfig#getLayerStructure()
	 * @see #getHypernetworkConfig()
	 * @generated
	 */
	EAttribute getHypernetworkConfig_LayerStructure();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.hypernetwork.model.HypernetworkConfig#getActivation <em>Activation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Activation</em>'.
	 * @see org.atelier.methods.hypernetwork.model.HypernetworkConfig#getActivation()
	 * @see #getHypernetworkConfig()
	 * @generated
	 */
	EAttribute getHypernetworkConfig_Activation();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.hypernetwork.model.HypernetworkConfig#isActivateOutput <em>Activate Output</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Activate Output</em>'.
	 * @see org.atelier.methods.hypernetwork.model.HypernetworkConfig#isActivateOutput()
	 * @see #getHypernetworkConfig()
	 * @generated
	 */
	EAttribute getHypernetworkConfig_ActivateOutput();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.hypernetwork.model.HypernetworkConfig#isLayerNorm <em>Layer Norm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Layer Norm</em>'.
	 * @see org.atelier.methods.hypernetwork.model.HypernetworkConfig#isLayerNorm()
	 * @see #getHypernetworkConfig()
	 * @generated
	 */
	EAttribute getHypernetworkConfig_LayerNorm();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.hypernetwork.model.HypernetworkConfig#getWeightInitialization <em>Weight Initialization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight Initialization</em>'.
	 * @see org.atelier.methods.hypernetwork.model.HypernetworkConfig#getWeightInitialization()
	 * @see #getHypernetworkConfig()
	 * @generated
	 */
	EAttribute getHypernetworkConfig_WeightInitialization();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.hypernetwork.model.HypernetworkConfig#isUseDropout <em>Use Dropout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Use Dropout</em>'.
	 * @see org.atelier.methods.hypernetwork.model.HypernetworkConfig#isUseDropout()
	 * @see #getHypernetworkConfig()
	 * @generated
	 */
	EAttribute getHypernetworkConfig_UseDropout();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.hypernetwork.model.HypernetworkConfig#getDropoutStructure <em>Dropout Structure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dropout Structure</em>'.
	 * @see org.atelier.methods.hypernetwork.model.HypernetworkConfig#getDropoutStructure()
	 * @see #getHypernetworkConfig()
	 * @generated
	 */
	EAttribute getHypernetworkConfig_DropoutStructure();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.hypernetwork.model.HypernetworkConfig#isLastLayerDropout <em>Last Layer Dropout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Layer Dropout</em>'.
	 * @see org.atelier.methods.hypernetwork.model.HypernetworkConfig#isLastLayerDropout()
	 * @see #getHypernetworkConfig()
	 * @generated
	 */
	EAttribute getHypernetworkConfig_LastLayerDropout();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.hypernetwork.model.HypernetworkConfig#getSizes <em>Sizes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sizes</em>'.
	 * @see org.atelier.methods.hypernetwork.model.HypernetworkConfig#getSizes()
	 * @see #getHypernetworkConfig()
	 * @generated
	 */
	EAttribute getHypernetworkConfig_Sizes();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.hypernetwork.model.HypernetworkConfig#getTemplate <em>Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template</em>'.
	 * @see org.atelier.methods.hypernetwork.model.HypernetworkConfig#getTemplate()
	 * @see #getHypernetworkConfig()
	 * @generated
	 */
	EAttribute getHypernetworkConfig_Template();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.hypernetwork.model.HypernetworkConfig#getStartFrom <em>Start From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start From</em>'.
	 * @see org.atelier.methods.hypernetwork.model.HypernetworkConfig#getStartFrom()
	 * @see #getHypernetworkConfig()
	 * @generated
	 */
	EAttribute getHypernetworkConfig_StartFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.hypernetwork.model.HypernetworkConfig#getOutputName <em>Output Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Output Name</em>'.
	 * @see org.atelier.methods.hypernetwork.model.HypernetworkConfig#getOutputName()
	 * @see #getHypernetworkConfig()
	 * @generated
	 */
	EAttribute getHypernetworkConfig_OutputName();

	/**
	 * Returns the meta object for enum '{@link org.atelier.methods.hypernetwork.model.Activation <em>Activation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Activation</em>'.
	 * @see org.atelier.methods.hypernetwork.model.Activation
	 * @generated
	 */
	EEnum getActivation();

	/**
	 * Returns the meta object for enum '{@link org.atelier.methods.hypernetwork.model.WeightInitialization <em>Weight Initialization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Weight Initialization</em>'.
	 * @see org.atelier.methods.hypernetwork.model.WeightInitialization
	 * @generated
	 */
	EEnum getWeightInitialization();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	HypernetworkFactory getHypernetworkFactory();

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
		 * The meta object literal for the '{@link org.atelier.methods.hypernetwork.model.impl.HypernetworkConfigImpl <em>Config</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.methods.hypernetwork.model.impl.HypernetworkConfigImpl
		 * @see org.atelier.methods.hypernetwork.model.impl.HypernetworkPackageImpl#getHypernetworkConfig()
		 * @generated
		 */
		EClass HYPERNETWORK_CONFIG = eINSTANCE.getHypernetworkConfig();

		/**
		 * The meta object literal for the '<em><b>Layer Structure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERNETWORK_CONFIG__LAYER_STRUCTURE = eINSTANCE.getHypernetworkConfig_LayerStructure();

		/**
		 * The meta object literal for the '<em><b>Activation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERNETWORK_CONFIG__ACTIVATION = eINSTANCE.getHypernetworkConfig_Activation();

		/**
		 * The meta object literal for the '<em><b>Activate Output</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERNETWORK_CONFIG__ACTIVATE_OUTPUT = eINSTANCE.getHypernetworkConfig_ActivateOutput();

		/**
		 * The meta object literal for the '<em><b>Layer Norm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERNETWORK_CONFIG__LAYER_NORM = eINSTANCE.getHypernetworkConfig_LayerNorm();

		/**
		 * The meta object literal for the '<em><b>Weight Initialization</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERNETWORK_CONFIG__WEIGHT_INITIALIZATION = eINSTANCE.getHypernetworkConfig_WeightInitialization();

		/**
		 * The meta object literal for the '<em><b>Use Dropout</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERNETWORK_CONFIG__USE_DROPOUT = eINSTANCE.getHypernetworkConfig_UseDropout();

		/**
		 * The meta object literal for the '<em><b>Dropout Structure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERNETWORK_CONFIG__DROPOUT_STRUCTURE = eINSTANCE.getHypernetworkConfig_DropoutStructure();

		/**
		 * The meta object literal for the '<em><b>Last Layer Dropout</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERNETWORK_CONFIG__LAST_LAYER_DROPOUT = eINSTANCE.getHypernetworkConfig_LastLayerDropout();

		/**
		 * The meta object literal for the '<em><b>Sizes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERNETWORK_CONFIG__SIZES = eINSTANCE.getHypernetworkConfig_Sizes();

		/**
		 * The meta object literal for the '<em><b>Template</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERNETWORK_CONFIG__TEMPLATE = eINSTANCE.getHypernetworkConfig_Template();

		/**
		 * The meta object literal for the '<em><b>Start From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERNETWORK_CONFIG__START_FROM = eINSTANCE.getHypernetworkConfig_StartFrom();

		/**
		 * The meta object literal for the '<em><b>Output Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERNETWORK_CONFIG__OUTPUT_NAME = eINSTANCE.getHypernetworkConfig_OutputName();

		/**
		 * The meta object literal for the '{@link org.atelier.methods.hypernetwork.model.Activation <em>Activation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.methods.hypernetwork.model.Activation
		 * @see org.atelier.methods.hypernetwork.model.impl.HypernetworkPackageImpl#getActivation()
		 * @generated
		 */
		EEnum ACTIVATION = eINSTANCE.getActivation();

		/**
		 * The meta object literal for the '{@link org.atelier.methods.hypernetwork.model.WeightInitialization <em>Weight Initialization</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.methods.hypernetwork.model.WeightInitialization
		 * @see org.atelier.methods.hypernetwork.model.impl.HypernetworkPackageImpl#getWeightInitialization()
		 * @generated
		 */
		EEnum WEIGHT_INITIALIZATION = eINSTANCE.getWeightInitialization();

	}

} //HypernetworkPackage
