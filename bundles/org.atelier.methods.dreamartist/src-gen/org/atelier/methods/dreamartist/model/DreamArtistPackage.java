/**
 */
package org.atelier.methods.dreamartist.model;

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
 * @see org.atelier.methods.dreamartist.model.DreamArtistFactory
 * @model kind="package"
 * @generated
 */
public interface DreamArtistPackage extends EPackage {
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
	String eNS_URI = "http://atelier.org/methods/dreamartist/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "dreamartist";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DreamArtistPackage eINSTANCE = org.atelier.methods.dreamartist.model.impl.DreamArtistPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.atelier.methods.dreamartist.model.impl.DreamArtistConfigImpl <em>Config</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.methods.dreamartist.model.impl.DreamArtistConfigImpl
	 * @see org.atelier.methods.dreamartist.model.impl.DreamArtistPackageImpl#getDreamArtistConfig()
	 * @generated
	 */
	int DREAM_ARTIST_CONFIG = 0;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__STEPS = TrainingPackage.TRAINING_CONFIG__STEPS;

	/**
	 * The feature id for the '<em><b>Batch Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__BATCH_SIZE = TrainingPackage.TRAINING_CONFIG__BATCH_SIZE;

	/**
	 * The feature id for the '<em><b>Gradient Accumulation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__GRADIENT_ACCUMULATION = TrainingPackage.TRAINING_CONFIG__GRADIENT_ACCUMULATION;

	/**
	 * The feature id for the '<em><b>Gradient Checkpointing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__GRADIENT_CHECKPOINTING = TrainingPackage.TRAINING_CONFIG__GRADIENT_CHECKPOINTING;

	/**
	 * The feature id for the '<em><b>Fused Back Pass</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__FUSED_BACK_PASS = TrainingPackage.TRAINING_CONFIG__FUSED_BACK_PASS;

	/**
	 * The feature id for the '<em><b>Learning Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__LEARNING_RATE = TrainingPackage.TRAINING_CONFIG__LEARNING_RATE;

	/**
	 * The feature id for the '<em><b>Scheduler</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__SCHEDULER = TrainingPackage.TRAINING_CONFIG__SCHEDULER;

	/**
	 * The feature id for the '<em><b>Warmup Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__WARMUP_STEPS = TrainingPackage.TRAINING_CONFIG__WARMUP_STEPS;

	/**
	 * The feature id for the '<em><b>Restarts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__RESTARTS = TrainingPackage.TRAINING_CONFIG__RESTARTS;

	/**
	 * The feature id for the '<em><b>Power</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__POWER = TrainingPackage.TRAINING_CONFIG__POWER;

	/**
	 * The feature id for the '<em><b>Optimizer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__OPTIMIZER = TrainingPackage.TRAINING_CONFIG__OPTIMIZER;

	/**
	 * The feature id for the '<em><b>Weight Decay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__WEIGHT_DECAY = TrainingPackage.TRAINING_CONFIG__WEIGHT_DECAY;

	/**
	 * The feature id for the '<em><b>Beta1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__BETA1 = TrainingPackage.TRAINING_CONFIG__BETA1;

	/**
	 * The feature id for the '<em><b>Beta2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__BETA2 = TrainingPackage.TRAINING_CONFIG__BETA2;

	/**
	 * The feature id for the '<em><b>Relative Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__RELATIVE_STEP = TrainingPackage.TRAINING_CONFIG__RELATIVE_STEP;

	/**
	 * The feature id for the '<em><b>Scale Parameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__SCALE_PARAMETER = TrainingPackage.TRAINING_CONFIG__SCALE_PARAMETER;

	/**
	 * The feature id for the '<em><b>Warmup Init</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__WARMUP_INIT = TrainingPackage.TRAINING_CONFIG__WARMUP_INIT;

	/**
	 * The feature id for the '<em><b>Clip Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__CLIP_THRESHOLD = TrainingPackage.TRAINING_CONFIG__CLIP_THRESHOLD;

	/**
	 * The feature id for the '<em><b>Decay Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__DECAY_RATE = TrainingPackage.TRAINING_CONFIG__DECAY_RATE;

	/**
	 * The feature id for the '<em><b>Adafactor Beta1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__ADAFACTOR_BETA1 = TrainingPackage.TRAINING_CONFIG__ADAFACTOR_BETA1;

	/**
	 * The feature id for the '<em><b>Adafactor Eps1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__ADAFACTOR_EPS1 = TrainingPackage.TRAINING_CONFIG__ADAFACTOR_EPS1;

	/**
	 * The feature id for the '<em><b>Adafactor Eps2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__ADAFACTOR_EPS2 = TrainingPackage.TRAINING_CONFIG__ADAFACTOR_EPS2;

	/**
	 * The feature id for the '<em><b>Ema Decay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__EMA_DECAY = TrainingPackage.TRAINING_CONFIG__EMA_DECAY;

	/**
	 * The feature id for the '<em><b>Max Grad Norm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__MAX_GRAD_NORM = TrainingPackage.TRAINING_CONFIG__MAX_GRAD_NORM;

	/**
	 * The feature id for the '<em><b>Noise Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__NOISE_OFFSET = TrainingPackage.TRAINING_CONFIG__NOISE_OFFSET;

	/**
	 * The feature id for the '<em><b>Min Snr Gamma</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__MIN_SNR_GAMMA = TrainingPackage.TRAINING_CONFIG__MIN_SNR_GAMMA;

	/**
	 * The feature id for the '<em><b>Clip Skip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__CLIP_SKIP = TrainingPackage.TRAINING_CONFIG__CLIP_SKIP;

	/**
	 * The feature id for the '<em><b>Checkpoint Every Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__CHECKPOINT_EVERY_STEPS = TrainingPackage.TRAINING_CONFIG__CHECKPOINT_EVERY_STEPS;

	/**
	 * The feature id for the '<em><b>Save Every Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__SAVE_EVERY_STEPS = TrainingPackage.TRAINING_CONFIG__SAVE_EVERY_STEPS;

	/**
	 * The feature id for the '<em><b>Cache Latents</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__CACHE_LATENTS = TrainingPackage.TRAINING_CONFIG__CACHE_LATENTS;

	/**
	 * The feature id for the '<em><b>Validation Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__VALIDATION_SHARE = TrainingPackage.TRAINING_CONFIG__VALIDATION_SHARE;

	/**
	 * The feature id for the '<em><b>Missing Captions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__MISSING_CAPTIONS = TrainingPackage.TRAINING_CONFIG__MISSING_CAPTIONS;

	/**
	 * The feature id for the '<em><b>Output Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__OUTPUT_FORMAT = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Token</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__TOKEN = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Init Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__INIT_TEXT = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Vectors</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__VECTORS = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Negative Init Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__NEGATIVE_INIT_TEXT = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Negative Vectors</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__NEGATIVE_VECTORS = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Negative Lr Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__NEGATIVE_LR_WEIGHT = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Cfg Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__CFG_SCALE = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Reconstruction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__RECONSTRUCTION = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Reconstruction Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__RECONSTRUCTION_WEIGHT = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Template</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__TEMPLATE = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Template File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG__TEMPLATE_FILE = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG_FEATURE_COUNT = TrainingPackage.TRAINING_CONFIG_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DREAM_ARTIST_CONFIG_OPERATION_COUNT = TrainingPackage.TRAINING_CONFIG_OPERATION_COUNT + 0;


	/**
	 * Returns the meta object for class '{@link org.atelier.methods.dreamartist.model.DreamArtistConfig <em>Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Config</em>'.
	 * @see org.atelier.methods.dreamartist.model.DreamArtistConfig
	 * @generated
	 */
	EClass getDreamArtistConfig();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.dreamartist.model.DreamArtistConfig#getToken <em>Token</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Token</em>'.
	 * @see org.atelier.methods.dreamartist.model.DreamArtistConfig#getToken()
	 * @see #getDreamArtistConfig()
	 * @generated
	 */
	EAttribute getDreamArtistConfig_Token();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.dreamartist.model.DreamArtistConfig#getInitText <em>Init Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Init Text</em>'.
	 * @see org.atelier.methods.dreamartist.model.DreamArtistConfig#getInitText()
	 * @see #getDreamArtistConfig()
	 * @generated
	 */
	EAttribute getDreamArtistConfig_InitText();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.dreamartist.model.DreamArtistConfig#getVectors <em>Vectors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vectors</em>'.
	 * @see org.atelier.methods.dreamartist.model.DreamArtistConfig#getVectors()
	 * @see #getDreamArtistConfig()
	 * @generated
	 */
	EAttribute getDreamArtistConfig_Vectors();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.dreamartist.model.DreamArtistConfig#getNegativeInitText <em>Negative Init Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Negative Init Text</em>'.
	 * @see org.atelier.methods.dreamartist.model.DreamArtistConfig#getNegativeInitText()
	 * @see #getDreamArtistConfig()
	 * @generated
	 */
	EAttribute getDreamArtistConfig_NegativeInitText();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.dreamartist.model.DreamArtistConfig#getNegativeVectors <em>Negative Vectors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Negative Vectors</em>'.
	 * @see org.atelier.methods.dreamartist.model.DreamArtistConfig#getNegativeVectors()
	 * @see #getDreamArtistConfig()
	 * @generated
	 */
	EAttribute getDreamArtistConfig_NegativeVectors();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.dreamartist.model.DreamArtistConfig#getNegativeLrWeight <em>Negative Lr Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Negative Lr Weight</em>'.
	 * @see org.atelier.methods.dreamartist.model.DreamArtistConfig#getNegativeLrWeight()
	 * @see #getDreamArtistConfig()
	 * @generated
	 */
	EAttribute getDreamArtistConfig_NegativeLrWeight();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.dreamartist.model.DreamArtistConfig#getCfgScale <em>Cfg Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cfg Scale</em>'.
	 * @see org.atelier.methods.dreamartist.model.DreamArtistConfig#getCfgScale()
	 * @see #getDreamArtistConfig()
	 * @generated
	 */
	EAttribute getDreamArtistConfig_CfgScale();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.dreamartist.model.DreamArtistConfig#isReconstruction <em>Reconstruction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reconstruction</em>'.
	 * @see org.atelier.methods.dreamartist.model.DreamArtistConfig#isReconstruction()
	 * @see #getDreamArtistConfig()
	 * @generated
	 */
	EAttribute getDreamArtistConfig_Reconstruction();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.dreamartist.model.DreamArtistConfig#getReconstructionWeight <em>Reconstruction Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reconstruction Weight</em>'.
	 * @see org.atelier.methods.dreamartist.model.DreamArtistConfig#getReconstructionWeight()
	 * @see #getDreamArtistConfig()
	 * @generated
	 */
	EAttribute getDreamArtistConfig_ReconstructionWeight();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.dreamartist.model.DreamArtistConfig#getTemplate <em>Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template</em>'.
	 * @see org.atelier.methods.dreamartist.model.DreamArtistConfig#getTemplate()
	 * @see #getDreamArtistConfig()
	 * @generated
	 */
	EAttribute getDreamArtistConfig_Template();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.dreamartist.model.DreamArtistConfig#getTemplateFile <em>Template File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template File</em>'.
	 * @see org.atelier.methods.dreamartist.model.DreamArtistConfig#getTemplateFile()
	 * @see #getDreamArtistConfig()
	 * @generated
	 */
	EAttribute getDreamArtistConfig_TemplateFile();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	DreamArtistFactory getDreamArtistFactory();

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
		 * The meta object literal for the '{@link org.atelier.methods.dreamartist.model.impl.DreamArtistConfigImpl <em>Config</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.methods.dreamartist.model.impl.DreamArtistConfigImpl
		 * @see org.atelier.methods.dreamartist.model.impl.DreamArtistPackageImpl#getDreamArtistConfig()
		 * @generated
		 */
		EClass DREAM_ARTIST_CONFIG = eINSTANCE.getDreamArtistConfig();

		/**
		 * The meta object literal for the '<em><b>Token</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DREAM_ARTIST_CONFIG__TOKEN = eINSTANCE.getDreamArtistConfig_Token();

		/**
		 * The meta object literal for the '<em><b>Init Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DREAM_ARTIST_CONFIG__INIT_TEXT = eINSTANCE.getDreamArtistConfig_InitText();

		/**
		 * The meta object literal for the '<em><b>Vectors</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DREAM_ARTIST_CONFIG__VECTORS = eINSTANCE.getDreamArtistConfig_Vectors();

		/**
		 * The meta object literal for the '<em><b>Negative Init Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DREAM_ARTIST_CONFIG__NEGATIVE_INIT_TEXT = eINSTANCE.getDreamArtistConfig_NegativeInitText();

		/**
		 * The meta object literal for the '<em><b>Negative Vectors</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DREAM_ARTIST_CONFIG__NEGATIVE_VECTORS = eINSTANCE.getDreamArtistConfig_NegativeVectors();

		/**
		 * The meta object literal for the '<em><b>Negative Lr Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DREAM_ARTIST_CONFIG__NEGATIVE_LR_WEIGHT = eINSTANCE.getDreamArtistConfig_NegativeLrWeight();

		/**
		 * The meta object literal for the '<em><b>Cfg Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DREAM_ARTIST_CONFIG__CFG_SCALE = eINSTANCE.getDreamArtistConfig_CfgScale();

		/**
		 * The meta object literal for the '<em><b>Reconstruction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DREAM_ARTIST_CONFIG__RECONSTRUCTION = eINSTANCE.getDreamArtistConfig_Reconstruction();

		/**
		 * The meta object literal for the '<em><b>Reconstruction Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DREAM_ARTIST_CONFIG__RECONSTRUCTION_WEIGHT = eINSTANCE.getDreamArtistConfig_ReconstructionWeight();

		/**
		 * The meta object literal for the '<em><b>Template</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DREAM_ARTIST_CONFIG__TEMPLATE = eINSTANCE.getDreamArtistConfig_Template();

		/**
		 * The meta object literal for the '<em><b>Template File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DREAM_ARTIST_CONFIG__TEMPLATE_FILE = eINSTANCE.getDreamArtistConfig_TemplateFile();

	}

} //DreamArtistPackage
