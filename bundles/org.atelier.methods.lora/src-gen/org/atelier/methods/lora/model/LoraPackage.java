/**
 */
package org.atelier.methods.lora.model;

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
 * @see org.atelier.methods.lora.model.LoraFactory
 * @model kind="package"
 * @generated
 */
public interface LoraPackage extends EPackage {
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
	String eNS_URI = "http://atelier.org/methods/lora/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "lora";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	LoraPackage eINSTANCE = org.atelier.methods.lora.model.impl.LoraPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.atelier.methods.lora.model.impl.LoraConfigImpl <em>Config</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.methods.lora.model.impl.LoraConfigImpl
	 * @see org.atelier.methods.lora.model.impl.LoraPackageImpl#getLoraConfig()
	 * @generated
	 */
	int LORA_CONFIG = 0;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__STEPS = TrainingPackage.TRAINING_CONFIG__STEPS;

	/**
	 * The feature id for the '<em><b>Batch Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__BATCH_SIZE = TrainingPackage.TRAINING_CONFIG__BATCH_SIZE;

	/**
	 * The feature id for the '<em><b>Gradient Accumulation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__GRADIENT_ACCUMULATION = TrainingPackage.TRAINING_CONFIG__GRADIENT_ACCUMULATION;

	/**
	 * The feature id for the '<em><b>Gradient Checkpointing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__GRADIENT_CHECKPOINTING = TrainingPackage.TRAINING_CONFIG__GRADIENT_CHECKPOINTING;

	/**
	 * The feature id for the '<em><b>Fused Back Pass</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__FUSED_BACK_PASS = TrainingPackage.TRAINING_CONFIG__FUSED_BACK_PASS;

	/**
	 * The feature id for the '<em><b>Learning Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__LEARNING_RATE = TrainingPackage.TRAINING_CONFIG__LEARNING_RATE;

	/**
	 * The feature id for the '<em><b>Scheduler</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__SCHEDULER = TrainingPackage.TRAINING_CONFIG__SCHEDULER;

	/**
	 * The feature id for the '<em><b>Warmup Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__WARMUP_STEPS = TrainingPackage.TRAINING_CONFIG__WARMUP_STEPS;

	/**
	 * The feature id for the '<em><b>Restarts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__RESTARTS = TrainingPackage.TRAINING_CONFIG__RESTARTS;

	/**
	 * The feature id for the '<em><b>Power</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__POWER = TrainingPackage.TRAINING_CONFIG__POWER;

	/**
	 * The feature id for the '<em><b>Optimizer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__OPTIMIZER = TrainingPackage.TRAINING_CONFIG__OPTIMIZER;

	/**
	 * The feature id for the '<em><b>Weight Decay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__WEIGHT_DECAY = TrainingPackage.TRAINING_CONFIG__WEIGHT_DECAY;

	/**
	 * The feature id for the '<em><b>Beta1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__BETA1 = TrainingPackage.TRAINING_CONFIG__BETA1;

	/**
	 * The feature id for the '<em><b>Beta2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__BETA2 = TrainingPackage.TRAINING_CONFIG__BETA2;

	/**
	 * The feature id for the '<em><b>Relative Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__RELATIVE_STEP = TrainingPackage.TRAINING_CONFIG__RELATIVE_STEP;

	/**
	 * The feature id for the '<em><b>Scale Parameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__SCALE_PARAMETER = TrainingPackage.TRAINING_CONFIG__SCALE_PARAMETER;

	/**
	 * The feature id for the '<em><b>Warmup Init</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__WARMUP_INIT = TrainingPackage.TRAINING_CONFIG__WARMUP_INIT;

	/**
	 * The feature id for the '<em><b>Clip Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__CLIP_THRESHOLD = TrainingPackage.TRAINING_CONFIG__CLIP_THRESHOLD;

	/**
	 * The feature id for the '<em><b>Decay Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__DECAY_RATE = TrainingPackage.TRAINING_CONFIG__DECAY_RATE;

	/**
	 * The feature id for the '<em><b>Adafactor Beta1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__ADAFACTOR_BETA1 = TrainingPackage.TRAINING_CONFIG__ADAFACTOR_BETA1;

	/**
	 * The feature id for the '<em><b>Adafactor Eps1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__ADAFACTOR_EPS1 = TrainingPackage.TRAINING_CONFIG__ADAFACTOR_EPS1;

	/**
	 * The feature id for the '<em><b>Adafactor Eps2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__ADAFACTOR_EPS2 = TrainingPackage.TRAINING_CONFIG__ADAFACTOR_EPS2;

	/**
	 * The feature id for the '<em><b>Ema Decay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__EMA_DECAY = TrainingPackage.TRAINING_CONFIG__EMA_DECAY;

	/**
	 * The feature id for the '<em><b>Max Grad Norm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__MAX_GRAD_NORM = TrainingPackage.TRAINING_CONFIG__MAX_GRAD_NORM;

	/**
	 * The feature id for the '<em><b>Noise Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__NOISE_OFFSET = TrainingPackage.TRAINING_CONFIG__NOISE_OFFSET;

	/**
	 * The feature id for the '<em><b>Min Snr Gamma</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__MIN_SNR_GAMMA = TrainingPackage.TRAINING_CONFIG__MIN_SNR_GAMMA;

	/**
	 * The feature id for the '<em><b>Clip Skip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__CLIP_SKIP = TrainingPackage.TRAINING_CONFIG__CLIP_SKIP;

	/**
	 * The feature id for the '<em><b>Checkpoint Every Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__CHECKPOINT_EVERY_STEPS = TrainingPackage.TRAINING_CONFIG__CHECKPOINT_EVERY_STEPS;

	/**
	 * The feature id for the '<em><b>Save Every Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__SAVE_EVERY_STEPS = TrainingPackage.TRAINING_CONFIG__SAVE_EVERY_STEPS;

	/**
	 * The feature id for the '<em><b>Cache Latents</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__CACHE_LATENTS = TrainingPackage.TRAINING_CONFIG__CACHE_LATENTS;

	/**
	 * The feature id for the '<em><b>Validation Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__VALIDATION_SHARE = TrainingPackage.TRAINING_CONFIG__VALIDATION_SHARE;

	/**
	 * The feature id for the '<em><b>Missing Captions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__MISSING_CAPTIONS = TrainingPackage.TRAINING_CONFIG__MISSING_CAPTIONS;

	/**
	 * The feature id for the '<em><b>Output Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__OUTPUT_TYPE = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Rank</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__RANK = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Alpha</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__ALPHA = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Dropout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__DROPOUT = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Conv Rank</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__CONV_RANK = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Conv Alpha</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__CONV_ALPHA = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Train Text Encoder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__TRAIN_TEXT_ENCODER = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Text Encoder Learning Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__TEXT_ENCODER_LEARNING_RATE = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Output Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG__OUTPUT_NAME = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG_FEATURE_COUNT = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_CONFIG_OPERATION_COUNT = TrainingPackage.TRAINING_CONFIG_OPERATION_COUNT + 0;


	/**
	 * Returns the meta object for class '{@link org.atelier.methods.lora.model.LoraConfig <em>Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Config</em>'.
	 * @see org.atelier.methods.lora.model.LoraConfig
	 * @generated
	 */
	EClass getLoraConfig();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.lora.model.LoraConfig#getRank <em>Rank</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rank</em>'.
	 * @see org.atelier.methods.lora.model.LoraConfig#getRank()
	 * @see #getLoraConfig()
	 * @generated
	 */
	EAttribute getLoraConfig_Rank();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.lora.model.LoraConfig#getAlpha <em>Alpha</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Alpha</em>'.
	 * @see org.atelier.methods.lora.model.LoraConfig#getAlpha()
	 * @see #getLoraConfig()
	 * @generated
	 */
	EAttribute getLoraConfig_Alpha();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.lora.model.LoraConfig#getDropout <em>Dropout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dropout</em>'.
	 * @see org.atelier.methods.lora.model.LoraConfig#getDropout()
	 * @see #getLoraConfig()
	 * @generated
	 */
	EAttribute getLoraConfig_Dropout();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.lora.model.LoraConfig#getConvRank <em>Conv Rank</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Conv Rank</em>'.
	 * @see org.atelier.methods.lora.model.LoraConfig#getConvRank()
	 * @see #getLoraConfig()
	 * @generated
	 */
	EAttribute getLoraConfig_ConvRank();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.lora.model.LoraConfig#getConvAlpha <em>Conv Alpha</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Conv Alpha</em>'.
	 * @see org.atelier.methods.lora.model.LoraConfig#getConvAlpha()
	 * @see #getLoraConfig()
	 * @generated
	 */
	EAttribute getLoraConfig_ConvAlpha();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.lora.model.LoraConfig#isTrainTextEncoder <em>Train Text Encoder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Train Text Encoder</em>'.
	 * @see org.atelier.methods.lora.model.LoraConfig#isTrainTextEncoder()
	 * @see #getLoraConfig()
	 * @generated
	 */
	EAttribute getLoraConfig_TrainTextEncoder();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.lora.model.LoraConfig#getTextEncoderLearningRate <em>Text Encoder Learning Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text Encoder Learning Rate</em>'.
	 * @see org.atelier.methods.lora.model.LoraConfig#getTextEncoderLearningRate()
	 * @see #getLoraConfig()
	 * @generated
	 */
	EAttribute getLoraConfig_TextEncoderLearningRate();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.lora.model.LoraConfig#getOutputName <em>Output Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Output Name</em>'.
	 * @see org.atelier.methods.lora.model.LoraConfig#getOutputName()
	 * @see #getLoraConfig()
	 * @generated
	 */
	EAttribute getLoraConfig_OutputName();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	LoraFactory getLoraFactory();

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
		 * The meta object literal for the '{@link org.atelier.methods.lora.model.impl.LoraConfigImpl <em>Config</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.methods.lora.model.impl.LoraConfigImpl
		 * @see org.atelier.methods.lora.model.impl.LoraPackageImpl#getLoraConfig()
		 * @generated
		 */
		EClass LORA_CONFIG = eINSTANCE.getLoraConfig();

		/**
		 * The meta object literal for the '<em><b>Rank</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LORA_CONFIG__RANK = eINSTANCE.getLoraConfig_Rank();

		/**
		 * The meta object literal for the '<em><b>Alpha</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LORA_CONFIG__ALPHA = eINSTANCE.getLoraConfig_Alpha();

		/**
		 * The meta object literal for the '<em><b>Dropout</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LORA_CONFIG__DROPOUT = eINSTANCE.getLoraConfig_Dropout();

		/**
		 * The meta object literal for the '<em><b>Conv Rank</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LORA_CONFIG__CONV_RANK = eINSTANCE.getLoraConfig_ConvRank();

		/**
		 * The meta object literal for the '<em><b>Conv Alpha</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LORA_CONFIG__CONV_ALPHA = eINSTANCE.getLoraConfig_ConvAlpha();

		/**
		 * The meta object literal for the '<em><b>Train Text Encoder</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LORA_CONFIG__TRAIN_TEXT_ENCODER = eINSTANCE.getLoraConfig_TrainTextEncoder();

		/**
		 * The meta object literal for the '<em><b>Text Encoder Learning Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LORA_CONFIG__TEXT_ENCODER_LEARNING_RATE = eINSTANCE.getLoraConfig_TextEncoderLearningRate();

		/**
		 * The meta object literal for the '<em><b>Output Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LORA_CONFIG__OUTPUT_NAME = eINSTANCE.getLoraConfig_OutputName();

	}

} //LoraPackage
