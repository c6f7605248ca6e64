/**
 */
package org.atelier.methods.finetune.model;

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
 * @see org.atelier.methods.finetune.model.FineTuneFactory
 * @model kind="package"
 * @generated
 */
public interface FineTunePackage extends EPackage {
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
	String eNS_URI = "http://atelier.org/methods/finetune/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "finetune";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	FineTunePackage eINSTANCE = org.atelier.methods.finetune.model.impl.FineTunePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.atelier.methods.finetune.model.impl.FineTuneConfigImpl <em>Config</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.methods.finetune.model.impl.FineTuneConfigImpl
	 * @see org.atelier.methods.finetune.model.impl.FineTunePackageImpl#getFineTuneConfig()
	 * @generated
	 */
	int FINE_TUNE_CONFIG = 0;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__STEPS = TrainingPackage.TRAINING_CONFIG__STEPS;

	/**
	 * The feature id for the '<em><b>Batch Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__BATCH_SIZE = TrainingPackage.TRAINING_CONFIG__BATCH_SIZE;

	/**
	 * The feature id for the '<em><b>Gradient Accumulation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__GRADIENT_ACCUMULATION = TrainingPackage.TRAINING_CONFIG__GRADIENT_ACCUMULATION;

	/**
	 * The feature id for the '<em><b>Gradient Checkpointing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__GRADIENT_CHECKPOINTING = TrainingPackage.TRAINING_CONFIG__GRADIENT_CHECKPOINTING;

	/**
	 * The feature id for the '<em><b>Fused Back Pass</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__FUSED_BACK_PASS = TrainingPackage.TRAINING_CONFIG__FUSED_BACK_PASS;

	/**
	 * The feature id for the '<em><b>Learning Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__LEARNING_RATE = TrainingPackage.TRAINING_CONFIG__LEARNING_RATE;

	/**
	 * The feature id for the '<em><b>Scheduler</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__SCHEDULER = TrainingPackage.TRAINING_CONFIG__SCHEDULER;

	/**
	 * The feature id for the '<em><b>Warmup Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__WARMUP_STEPS = TrainingPackage.TRAINING_CONFIG__WARMUP_STEPS;

	/**
	 * The feature id for the '<em><b>Restarts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__RESTARTS = TrainingPackage.TRAINING_CONFIG__RESTARTS;

	/**
	 * The feature id for the '<em><b>Power</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__POWER = TrainingPackage.TRAINING_CONFIG__POWER;

	/**
	 * The feature id for the '<em><b>Optimizer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__OPTIMIZER = TrainingPackage.TRAINING_CONFIG__OPTIMIZER;

	/**
	 * The feature id for the '<em><b>Weight Decay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__WEIGHT_DECAY = TrainingPackage.TRAINING_CONFIG__WEIGHT_DECAY;

	/**
	 * The feature id for the '<em><b>Beta1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__BETA1 = TrainingPackage.TRAINING_CONFIG__BETA1;

	/**
	 * The feature id for the '<em><b>Beta2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__BETA2 = TrainingPackage.TRAINING_CONFIG__BETA2;

	/**
	 * The feature id for the '<em><b>Relative Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__RELATIVE_STEP = TrainingPackage.TRAINING_CONFIG__RELATIVE_STEP;

	/**
	 * The feature id for the '<em><b>Scale Parameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__SCALE_PARAMETER = TrainingPackage.TRAINING_CONFIG__SCALE_PARAMETER;

	/**
	 * The feature id for the '<em><b>Warmup Init</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__WARMUP_INIT = TrainingPackage.TRAINING_CONFIG__WARMUP_INIT;

	/**
	 * The feature id for the '<em><b>Clip Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__CLIP_THRESHOLD = TrainingPackage.TRAINING_CONFIG__CLIP_THRESHOLD;

	/**
	 * The feature id for the '<em><b>Decay Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__DECAY_RATE = TrainingPackage.TRAINING_CONFIG__DECAY_RATE;

	/**
	 * The feature id for the '<em><b>Adafactor Beta1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__ADAFACTOR_BETA1 = TrainingPackage.TRAINING_CONFIG__ADAFACTOR_BETA1;

	/**
	 * The feature id for the '<em><b>Adafactor Eps1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__ADAFACTOR_EPS1 = TrainingPackage.TRAINING_CONFIG__ADAFACTOR_EPS1;

	/**
	 * The feature id for the '<em><b>Adafactor Eps2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__ADAFACTOR_EPS2 = TrainingPackage.TRAINING_CONFIG__ADAFACTOR_EPS2;

	/**
	 * The feature id for the '<em><b>Ema Decay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__EMA_DECAY = TrainingPackage.TRAINING_CONFIG__EMA_DECAY;

	/**
	 * The feature id for the '<em><b>Max Grad Norm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__MAX_GRAD_NORM = TrainingPackage.TRAINING_CONFIG__MAX_GRAD_NORM;

	/**
	 * The feature id for the '<em><b>Noise Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__NOISE_OFFSET = TrainingPackage.TRAINING_CONFIG__NOISE_OFFSET;

	/**
	 * The feature id for the '<em><b>Min Snr Gamma</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__MIN_SNR_GAMMA = TrainingPackage.TRAINING_CONFIG__MIN_SNR_GAMMA;

	/**
	 * The feature id for the '<em><b>Clip Skip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__CLIP_SKIP = TrainingPackage.TRAINING_CONFIG__CLIP_SKIP;

	/**
	 * The feature id for the '<em><b>Checkpoint Every Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__CHECKPOINT_EVERY_STEPS = TrainingPackage.TRAINING_CONFIG__CHECKPOINT_EVERY_STEPS;

	/**
	 * The feature id for the '<em><b>Save Every Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__SAVE_EVERY_STEPS = TrainingPackage.TRAINING_CONFIG__SAVE_EVERY_STEPS;

	/**
	 * The feature id for the '<em><b>Cache Latents</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__CACHE_LATENTS = TrainingPackage.TRAINING_CONFIG__CACHE_LATENTS;

	/**
	 * The feature id for the '<em><b>Validation Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__VALIDATION_SHARE = TrainingPackage.TRAINING_CONFIG__VALIDATION_SHARE;

	/**
	 * The feature id for the '<em><b>Missing Captions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__MISSING_CAPTIONS = TrainingPackage.TRAINING_CONFIG__MISSING_CAPTIONS;

	/**
	 * The feature id for the '<em><b>Output Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__OUTPUT_TYPE = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Trains</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__TRAINS = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Include Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__INCLUDE_PATTERN = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Exclude Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__EXCLUDE_PATTERN = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Text Encoder Learning Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__TEXT_ENCODER_LEARNING_RATE = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Text Encoder Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__TEXT_ENCODER_STEPS = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Output Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__OUTPUT_FORMAT = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Output Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG__OUTPUT_NAME = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG_FEATURE_COUNT = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINE_TUNE_CONFIG_OPERATION_COUNT = TrainingPackage.TRAINING_CONFIG_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atelier.methods.finetune.model.TrainedParts <em>Trained Parts</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.methods.finetune.model.TrainedParts
	 * @see org.atelier.methods.finetune.model.impl.FineTunePackageImpl#getTrainedParts()
	 * @generated
	 */
	int TRAINED_PARTS = 1;

	/**
	 * The meta object id for the '{@link org.atelier.methods.finetune.model.CheckpointFormat <em>Checkpoint Format</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.methods.finetune.model.CheckpointFormat
	 * @see org.atelier.methods.finetune.model.impl.FineTunePackageImpl#getCheckpointFormat()
	 * @generated
	 */
	int CHECKPOINT_FORMAT = 2;


	/**
	 * Returns the meta object for class '{@link org.atelier.methods.finetune.model.FineTuneConfig <em>Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Config</em>'.
	 * @see org.atelier.methods.finetune.model.FineTuneConfig
	 * @generated
	 */
	EClass getFineTuneConfig();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.finetune.model.FineTuneConfig#getTrains <em>Trains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trains</em>'.
	 * @see org.atelier.methods.finetune.model.FineTuneConfig#getTrains()
	 * @see #getFineTuneConfig()
	 * @generated
	 */
	EAttribute getFineTuneConfig_Trains();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.finetune.model.FineTuneConfig#getIncludePattern <em>Include Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Include Pattern</em>'.
	 * @see org.atelier.methods.finetune.model.FineTuneConfig#getIncludePattern()
	 * @see #getFineTuneConfig()
	 * @generated
	 */
	EAttribute getFineTuneConfig_IncludePattern();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.finetune.model.FineTuneConfig#getExcludePattern <em>Exclude Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exclude Pattern</em>'.
	 * @see org.atelier.methods.finetune.model.FineTuneConfig#getExcludePattern()
	 * @see #getFineTuneConfig()
	 * @generated
	 */
	EAttribute getFineTuneConfig_ExcludePattern();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.finetune.model.FineTuneConfig#getTextEncoderLearningRate <em>Text Encoder Learning Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text Encoder Learning Rate</em>'.
	 * @see org.atelier.methods.finetune.model.FineTuneConfig#getTextEncoderLearningRate()
	 * @see #getFineTuneConfig()
	 * @generated
	 */
	EAttribute getFineTuneConfig_TextEncoderLearningRate();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.finetune.model.FineTuneConfig#getTextEncoderSteps <em>Text Encoder Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text Encoder Steps</em>'.
	 * @see org.atelier.methods.finetune.model.FineTuneConfig#getTextEncoderSteps()
	 * @see #getFineTuneConfig()
	 * @generated
	 */
	EAttribute getFineTuneConfig_TextEncoderSteps();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.finetune.model.FineTuneConfig#getOutputFormat <em>Output Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Output Format</em>'.
	 * @see org.atelier.methods.finetune.model.FineTuneConfig#getOutputFormat()
	 * @see #getFineTuneConfig()
	 * @generated
	 */
	EAttribute getFineTuneConfig_OutputFormat();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.finetune.model.FineTuneConfig#getOutputName <em>Output Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Output Name</em>'.
	 * @see org.atelier.methods.finetune.model.FineTuneConfig#getOutputName()
	 * @see #getFineTuneConfig()
	 * @generated
	 */
	EAttribute getFineTuneConfig_OutputName();

	/**
	 * Returns the meta object for enum '{@link org.atelier.methods.finetune.model.TrainedParts <em>Trained Parts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Trained Parts</em>'.
	 * @see org.atelier.methods.finetune.model.TrainedParts
	 * @generated
	 */
	EEnum getTrainedParts();

	/**
	 * Returns the meta object for enum '{@link org.atelier.methods.finetune.model.CheckpointFormat <em>Checkpoint Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Checkpoint Format</em>'.
	 * @see org.atelier.methods.finetune.model.CheckpointFormat
	 * @generated
	 */
	EEnum getCheckpointFormat();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	FineTuneFactory getFineTuneFactory();

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
		 * The meta object literal for the '{@link org.atelier.methods.finetune.model.impl.FineTuneConfigImpl <em>Config</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.methods.finetune.model.impl.FineTuneConfigImpl
		 * @see org.atelier.methods.finetune.model.impl.FineTunePackageImpl#getFineTuneConfig()
		 * @generated
		 */
		EClass FINE_TUNE_CONFIG = eINSTANCE.getFineTuneConfig();

		/**
		 * The meta object literal for the '<em><b>Trains</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINE_TUNE_CONFIG__TRAINS = eINSTANCE.getFineTuneConfig_Trains();

		/**
		 * The meta object literal for the '<em><b>Include Pattern</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINE_TUNE_CONFIG__INCLUDE_PATTERN = eINSTANCE.getFineTuneConfig_IncludePattern();

		/**
		 * The meta object literal for the '<em><b>Exclude Pattern</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINE_TUNE_CONFIG__EXCLUDE_PATTERN = eINSTANCE.getFineTuneConfig_ExcludePattern();

		/**
		 * The meta object literal for the '<em><b>Text Encoder Learning Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINE_TUNE_CONFIG__TEXT_ENCODER_LEARNING_RATE = eINSTANCE.getFineTuneConfig_TextEncoderLearningRate();

		/**
		 * The meta object literal for the '<em><b>Text Encoder Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINE_TUNE_CONFIG__TEXT_ENCODER_STEPS = eINSTANCE.getFineTuneConfig_TextEncoderSteps();

		/**
		 * The meta object literal for the '<em><b>Output Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINE_TUNE_CONFIG__OUTPUT_FORMAT = eINSTANCE.getFineTuneConfig_OutputFormat();

		/**
		 * The meta object literal for the '<em><b>Output Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINE_TUNE_CONFIG__OUTPUT_NAME = eINSTANCE.getFineTuneConfig_OutputName();

		/**
		 * The meta object literal for the '{@link org.atelier.methods.finetune.model.TrainedParts <em>Trained Parts</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.methods.finetune.model.TrainedParts
		 * @see org.atelier.methods.finetune.model.impl.FineTunePackageImpl#getTrainedParts()
		 * @generated
		 */
		EEnum TRAINED_PARTS = eINSTANCE.getTrainedParts();

		/**
		 * The meta object literal for the '{@link org.atelier.methods.finetune.model.CheckpointFormat <em>Checkpoint Format</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.methods.finetune.model.CheckpointFormat
		 * @see org.atelier.methods.finetune.model.impl.FineTunePackageImpl#getCheckpointFormat()
		 * @generated
		 */
		EEnum CHECKPOINT_FORMAT = eINSTANCE.getCheckpointFormat();

	}

} //FineTunePackage
