/**
 */
package org.atelier.methods.ti.model;

import org.atelier.training.model.TrainingPackage;

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
 * @see org.atelier.methods.ti.model.TextualInversionFactory
 * @model kind="package"
 * @generated
 */
public interface TextualInversionPackage extends EPackage {
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
	String eNS_URI = "http://atelier.org/methods/ti/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "ti";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TextualInversionPackage eINSTANCE = org.atelier.methods.ti.model.impl.TextualInversionPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.atelier.methods.ti.model.impl.TextualInversionConfigImpl <em>Config</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.methods.ti.model.impl.TextualInversionConfigImpl
	 * @see org.atelier.methods.ti.model.impl.TextualInversionPackageImpl#getTextualInversionConfig()
	 * @generated
	 */
	int TEXTUAL_INVERSION_CONFIG = 0;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG__STEPS = TrainingPackage.TRAINING_CONFIG__STEPS;

	/**
	 * The feature id for the '<em><b>Batch Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG__BATCH_SIZE = TrainingPackage.TRAINING_CONFIG__BATCH_SIZE;

	/**
	 * The feature id for the '<em><b>Gradient Accumulation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG__GRADIENT_ACCUMULATION = TrainingPackage.TRAINING_CONFIG__GRADIENT_ACCUMULATION;

	/**
	 * The feature id for the '<em><b>Gradient Checkpointing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG__GRADIENT_CHECKPOINTING = TrainingPackage.TRAINING_CONFIG__GRADIENT_CHECKPOINTING;

	/**
	 * The feature id for the '<em><b>Fused Back Pass</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG__FUSED_BACK_PASS = TrainingPackage.TRAINING_CONFIG__FUSED_BACK_PASS;

	/**
	 * The feature id for the '<em><b>Learning Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG__LEARNING_RATE = TrainingPackage.TRAINING_CONFIG__LEARNING_RATE;

	/**
	 * The feature id for the '<em><b>Scheduler</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG__SCHEDULER = TrainingPackage.TRAINING_CONFIG__SCHEDULER;

	/**
	 * The feature id for the '<em><b>Warmup Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG__WARMUP_STEPS = TrainingPackage.TRAINING_CONFIG__WARMUP_STEPS;

	/**
	 * The feature id for the '<em><b>Restarts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG__RESTARTS = TrainingPackage.TRAINING_CONFIG__RESTARTS;

	/**
	 * The feature id for the '<em><b>Power</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG__POWER = TrainingPackage.TRAINING_CONFIG__POWER;

	/**
	 * The feature id for the '<em><b>Optimizer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG__OPTIMIZER = TrainingPackage.TRAINING_CONFIG__OPTIMIZER;

	/**
	 * The feature id for the '<em><b>Weight Decay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG__WEIGHT_DECAY = TrainingPackage.TRAINING_CONFIG__WEIGHT_DECAY;

	/**
	 * The feature id for the '<em><b>Beta1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG__BETA1 = TrainingPackage.TRAINING_CONFIG__BETA1;

	/**
	 * The feature id for the '<em><b>Beta2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG__BETA2 = TrainingPackage.TRAINING_CONFIG__BETA2;

	/**
	 * The feature id for the '<em><b>Relative Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG__RELATIVE_STEP = TrainingPackage.TRAINING_CONFIG__RELATIVE_STEP;

	/**
	 * The feature id for the '<em><b>Scale Parameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG__SCALE_PARAMETER = TrainingPackage.TRAINING_CONFIG__SCALE_PARAMETER;

	/**
	 * The feature id for the '<em><b>Warmup Init</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG__WARMUP_INIT = TrainingPackage.TRAINING_CONFIG__WARMUP_INIT;

	/**
	 * The feature id for the '<em><b>Clip Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG__CLIP_THRESHOLD = TrainingPackage.TRAINING_CONFIG__CLIP_THRESHOLD;

	/**
	 * The feature id for the '<em><b>Decay Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG__DECAY_RATE = TrainingPackage.TRAINING_CONFIG__DECAY_RATE;

	/**
	 * The feature id for the '<em><b>Adafactor Beta1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG__ADAFACTOR_BETA1 = TrainingPackage.TRAINING_CONFIG__ADAFACTOR_BETA1;

	/**
	 * The feature id for the '<em><b>Adafactor Eps1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG__ADAFACTOR_EPS1 = TrainingPackage.TRAINING_CONFIG__ADAFACTOR_EPS1;

	/**
	 * The feature id for the '<em><b>Adafactor Eps2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG__ADAFACTOR_EPS2 = TrainingPackage.TRAINING_CONFIG__ADAFACTOR_EPS2;

	/**
	 * The feature id for the '<em><b>Ema Decay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG__EMA_DECAY = TrainingPackage.TRAINING_CONFIG__EMA_DECAY;

	/**
	 * The feature id for the '<em><b>Max Grad Norm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG__MAX_GRAD_NORM = TrainingPackage.TRAINING_CONFIG__MAX_GRAD_NORM;

	/**
	 * The feature id for the '<em><b>Noise Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG__NOISE_OFFSET = TrainingPackage.TRAINING_CONFIG__NOISE_OFFSET;

	/**
	 * The feature id for the '<em><b>Min Snr Gamma</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG__MIN_SNR_GAMMA = TrainingPackage.TRAINING_CONFIG__MIN_SNR_GAMMA;

	/**
	 * The feature id for the '<em><b>Clip Skip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG__CLIP_SKIP = TrainingPackage.TRAINING_CONFIG__CLIP_SKIP;

	/**
	 * The feature id for the '<em><b>Checkpoint Every Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG__CHECKPOINT_EVERY_STEPS = TrainingPackage.TRAINING_CONFIG__CHECKPOINT_EVERY_STEPS;

	/**
	 * The feature id for the '<em><b>Save Every Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG__SAVE_EVERY_STEPS = TrainingPackage.TRAINING_CONFIG__SAVE_EVERY_STEPS;

	/**
	 * The feature id for the '<em><b>Cache Latents</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG__CACHE_LATENTS = TrainingPackage.TRAINING_CONFIG__CACHE_LATENTS;

	/**
	 * The feature id for the '<em><b>Validation Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG__VALIDATION_SHARE = TrainingPackage.TRAINING_CONFIG__VALIDATION_SHARE;

	/**
	 * The feature id for the '<em><b>Missing Captions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG__MISSING_CAPTIONS = TrainingPackage.TRAINING_CONFIG__MISSING_CAPTIONS;

	/**
	 * The feature id for the '<em><b>Output Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG__OUTPUT_FORMAT = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Token</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG__TOKEN = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Init Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG__INIT_TEXT = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Vectors</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG__VECTORS = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Init Embedding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG__INIT_EMBEDDING = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Template</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG__TEMPLATE = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Template File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG__TEMPLATE_FILE = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG_FEATURE_COUNT = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXTUAL_INVERSION_CONFIG_OPERATION_COUNT = TrainingPackage.TRAINING_CONFIG_OPERATION_COUNT + 0;


	/**
	 * Returns the meta object for class '{@link org.atelier.methods.ti.model.TextualInversionConfig <em>Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Config</em>'.
	 * @see org.atelier.methods.ti.model.TextualInversionConfig
	 * @generated
	 */
	EClass getTextualInversionConfig();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.ti.model.TextualInversionConfig#getToken <em>Token</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Token</em>'.
	 * @see org.atelier.methods.ti.model.TextualInversionConfig#getToken()
	 * @see #getTextualInversionConfig()
	 * @generated
	 */
	EAttribute getTextualInversionConfig_Token();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.ti.model.TextualInversionConfig#getInitText <em>Init Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Init Text</em>'.
	 * @see org.atelier.methods.ti.model.TextualInversionConfig#getInitText()
	 * @see #getTextualInversionConfig()
	 * @generated
	 */
	EAttribute getTextualInversionConfig_InitText();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.ti.model.TextualInversionConfig#getVectors <em>Vectors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vectors</em>'.
	 * @see org.atelier.methods.ti.model.TextualInversionConfig#getVectors()
	 * @see #getTextualInversionConfig()
	 * @generated
	 */
	EAttribute getTextualInversionConfig_Vectors();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.ti.model.TextualInversionConfig#getInitEmbedding <em>Init Embedding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Init Embedding</em>'.
	 * @see org.atelier.methods.ti.model.TextualInversionConfig#getInitEmbedding()
	 * @see #getTextualInversionConfig()
	 * @generated
	 */
	EAttribute getTextualInversionConfig_InitEmbedding();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.ti.model.TextualInversionConfig#getTemplate <em>Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template</em>'.
	 * @see org.atelier.methods.ti.model.TextualInversionConfig#getTemplate()
	 * @see #getTextualInversionConfig()
	 * @generated
	 */
	EAttribute getTextualInversionConfig_Template();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.ti.model.TextualInversionConfig#getTemplateFile <em>Template File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template File</em>'.
	 * @see org.atelier.methods.ti.model.TextualInversionConfig#getTemplateFile()
	 * @see #getTextualInversionConfig()
	 * @generated
	 */
	EAttribute getTextualInversionConfig_TemplateFile();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	TextualInversionFactory getTextualInversionFactory();

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
		 * The meta object literal for the '{@link org.atelier.methods.ti.model.impl.TextualInversionConfigImpl <em>Config</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.methods.ti.model.impl.TextualInversionConfigImpl
		 * @see org.atelier.methods.ti.model.impl.TextualInversionPackageImpl#getTextualInversionConfig()
		 * @generated
		 */
		EClass TEXTUAL_INVERSION_CONFIG = eINSTANCE.getTextualInversionConfig();

		/**
		 * The meta object literal for the '<em><b>Token</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXTUAL_INVERSION_CONFIG__TOKEN = eINSTANCE.getTextualInversionConfig_Token();

		/**
		 * The meta object literal for the '<em><b>Init Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXTUAL_INVERSION_CONFIG__INIT_TEXT = eINSTANCE.getTextualInversionConfig_InitText();

		/**
		 * The meta object literal for the '<em><b>Vectors</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXTUAL_INVERSION_CONFIG__VECTORS = eINSTANCE.getTextualInversionConfig_Vectors();

		/**
		 * The meta object literal for the '<em><b>Init Embedding</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXTUAL_INVERSION_CONFIG__INIT_EMBEDDING = eINSTANCE.getTextualInversionConfig_InitEmbedding();

		/**
		 * The meta object literal for the '<em><b>Template</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXTUAL_INVERSION_CONFIG__TEMPLATE = eINSTANCE.getTextualInversionConfig_Template();

		/**
		 * The meta object literal for the '<em><b>Template File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXTUAL_INVERSION_CONFIG__TEMPLATE_FILE = eINSTANCE.getTextualInversionConfig_TemplateFile();

	}

} //TextualInversionPackage
