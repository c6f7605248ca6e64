/**
 */
package org.atelier.core.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

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
 * <!-- begin-model-doc -->
 * Training projects, their base models, datasets and experiments, and the runs made from them.
 * <!-- end-model-doc -->
 * @see org.atelier.core.model.AtelierFactory
 * @model kind="package"
 * @generated
 */
public interface AtelierPackage extends EPackage {
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
	String eNS_URI = "http://atelier.org/core/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "atelier";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	AtelierPackage eINSTANCE = org.atelier.core.model.impl.AtelierPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.atelier.core.model.impl.TrainingProjectImpl <em>Training Project</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.core.model.impl.TrainingProjectImpl
	 * @see org.atelier.core.model.impl.AtelierPackageImpl#getTrainingProject()
	 * @generated
	 */
	int TRAINING_PROJECT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROJECT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROJECT__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Base Models</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROJECT__BASE_MODELS = 2;

	/**
	 * The feature id for the '<em><b>Datasets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROJECT__DATASETS = 3;

	/**
	 * The number of structural features of the '<em>Training Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROJECT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Training Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROJECT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.atelier.core.model.impl.BaseModelImpl <em>Base Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.core.model.impl.BaseModelImpl
	 * @see org.atelier.core.model.impl.AtelierPackageImpl#getBaseModel()
	 * @generated
	 */
	int BASE_MODEL = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE_MODEL__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE_MODEL__NAME = 1;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE_MODEL__PATH = 2;

	/**
	 * The feature id for the '<em><b>Architecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE_MODEL__ARCHITECTURE = 3;

	/**
	 * The feature id for the '<em><b>Prediction Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE_MODEL__PREDICTION_TYPE = 4;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE_MODEL__SHA256 = 5;

	/**
	 * The number of structural features of the '<em>Base Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE_MODEL_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Base Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE_MODEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.atelier.core.model.impl.DatasetImpl <em>Dataset</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.core.model.impl.DatasetImpl
	 * @see org.atelier.core.model.impl.AtelierPackageImpl#getDataset()
	 * @generated
	 */
	int DATASET = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__NAME = 1;

	/**
	 * The feature id for the '<em><b>Subsets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__SUBSETS = 2;

	/**
	 * The feature id for the '<em><b>Resolution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__RESOLUTION = 3;

	/**
	 * The feature id for the '<em><b>Caption Extension</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__CAPTION_EXTENSION = 4;

	/**
	 * The feature id for the '<em><b>Captions</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__CAPTIONS = 5;

	/**
	 * The feature id for the '<em><b>Buckets</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__BUCKETS = 6;

	/**
	 * The feature id for the '<em><b>Flip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__FLIP = 7;

	/**
	 * The feature id for the '<em><b>Random Crop</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__RANDOM_CROP = 8;

	/**
	 * The number of structural features of the '<em>Dataset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Dataset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.atelier.core.model.impl.SubsetImpl <em>Subset</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.core.model.impl.SubsetImpl
	 * @see org.atelier.core.model.impl.AtelierPackageImpl#getSubset()
	 * @generated
	 */
	int SUBSET = 3;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSET__PATH = 0;

	/**
	 * The feature id for the '<em><b>Repeats</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSET__REPEATS = 1;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSET__ROLE = 2;

	/**
	 * The feature id for the '<em><b>Class Tokens</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSET__CLASS_TOKENS = 3;

	/**
	 * The feature id for the '<em><b>Loss Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSET__LOSS_WEIGHT = 4;

	/**
	 * The number of structural features of the '<em>Subset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSET_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Subset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.atelier.core.model.impl.CaptionProcessingImpl <em>Caption Processing</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.core.model.impl.CaptionProcessingImpl
	 * @see org.atelier.core.model.impl.AtelierPackageImpl#getCaptionProcessing()
	 * @generated
	 */
	int CAPTION_PROCESSING = 4;

	/**
	 * The feature id for the '<em><b>Shuffle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPTION_PROCESSING__SHUFFLE = 0;

	/**
	 * The feature id for the '<em><b>Keep Tokens</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPTION_PROCESSING__KEEP_TOKENS = 1;

	/**
	 * The feature id for the '<em><b>Dropout Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPTION_PROCESSING__DROPOUT_RATE = 2;

	/**
	 * The feature id for the '<em><b>Tag Dropout Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPTION_PROCESSING__TAG_DROPOUT_RATE = 3;

	/**
	 * The feature id for the '<em><b>Prefix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPTION_PROCESSING__PREFIX = 4;

	/**
	 * The feature id for the '<em><b>Suffix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPTION_PROCESSING__SUFFIX = 5;

	/**
	 * The number of structural features of the '<em>Caption Processing</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPTION_PROCESSING_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Caption Processing</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPTION_PROCESSING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.atelier.core.model.impl.BucketSpecImpl <em>Bucket Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.core.model.impl.BucketSpecImpl
	 * @see org.atelier.core.model.impl.AtelierPackageImpl#getBucketSpec()
	 * @generated
	 */
	int BUCKET_SPEC = 5;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUCKET_SPEC__ENABLED = 0;

	/**
	 * The feature id for the '<em><b>Min Resolution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUCKET_SPEC__MIN_RESOLUTION = 1;

	/**
	 * The feature id for the '<em><b>Max Resolution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUCKET_SPEC__MAX_RESOLUTION = 2;

	/**
	 * The feature id for the '<em><b>Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUCKET_SPEC__STEP = 3;

	/**
	 * The feature id for the '<em><b>No Upscale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUCKET_SPEC__NO_UPSCALE = 4;

	/**
	 * The number of structural features of the '<em>Bucket Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUCKET_SPEC_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Bucket Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUCKET_SPEC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.atelier.core.model.impl.ExperimentImpl <em>Experiment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.core.model.impl.ExperimentImpl
	 * @see org.atelier.core.model.impl.AtelierPackageImpl#getExperiment()
	 * @generated
	 */
	int EXPERIMENT = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__METHOD = 2;

	/**
	 * The feature id for the '<em><b>Base Model</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__BASE_MODEL = 3;

	/**
	 * The feature id for the '<em><b>Datasets</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__DATASETS = 4;

	/**
	 * The feature id for the '<em><b>Config</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__CONFIG = 5;

	/**
	 * The feature id for the '<em><b>Sampling</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__SAMPLING = 6;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__SEED = 7;

	/**
	 * The number of structural features of the '<em>Experiment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Experiment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.atelier.core.model.impl.MethodConfigImpl <em>Method Config</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.core.model.impl.MethodConfigImpl
	 * @see org.atelier.core.model.impl.AtelierPackageImpl#getMethodConfig()
	 * @generated
	 */
	int METHOD_CONFIG = 7;

	/**
	 * The number of structural features of the '<em>Method Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD_CONFIG_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Method Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD_CONFIG_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.atelier.core.model.TrainsInSteps <em>Trains In Steps</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.core.model.TrainsInSteps
	 * @see org.atelier.core.model.impl.AtelierPackageImpl#getTrainsInSteps()
	 * @generated
	 */
	int TRAINS_IN_STEPS = 8;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINS_IN_STEPS__STEPS = 0;

	/**
	 * The number of structural features of the '<em>Trains In Steps</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINS_IN_STEPS_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Trains In Steps</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINS_IN_STEPS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.atelier.core.model.SavesWeights <em>Saves Weights</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.core.model.SavesWeights
	 * @see org.atelier.core.model.impl.AtelierPackageImpl#getSavesWeights()
	 * @generated
	 */
	int SAVES_WEIGHTS = 9;

	/**
	 * The feature id for the '<em><b>Output Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVES_WEIGHTS__OUTPUT_TYPE = 0;

	/**
	 * The number of structural features of the '<em>Saves Weights</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVES_WEIGHTS_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Saves Weights</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVES_WEIGHTS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.atelier.core.model.SavesEmbedding <em>Saves Embedding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.core.model.SavesEmbedding
	 * @see org.atelier.core.model.impl.AtelierPackageImpl#getSavesEmbedding()
	 * @generated
	 */
	int SAVES_EMBEDDING = 10;

	/**
	 * The feature id for the '<em><b>Output Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVES_EMBEDDING__OUTPUT_FORMAT = 0;

	/**
	 * The number of structural features of the '<em>Saves Embedding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVES_EMBEDDING_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Saves Embedding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVES_EMBEDDING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.atelier.core.model.impl.SamplingSpecImpl <em>Sampling Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.core.model.impl.SamplingSpecImpl
	 * @see org.atelier.core.model.impl.AtelierPackageImpl#getSamplingSpec()
	 * @generated
	 */
	int SAMPLING_SPEC = 11;

	/**
	 * The feature id for the '<em><b>Prompts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAMPLING_SPEC__PROMPTS = 0;

	/**
	 * The feature id for the '<em><b>Every Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAMPLING_SPEC__EVERY_STEPS = 1;

	/**
	 * The feature id for the '<em><b>Sample At First</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAMPLING_SPEC__SAMPLE_AT_FIRST = 2;

	/**
	 * The feature id for the '<em><b>Sampler</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAMPLING_SPEC__SAMPLER = 3;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAMPLING_SPEC__STEPS = 4;

	/**
	 * The feature id for the '<em><b>Cfg Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAMPLING_SPEC__CFG_SCALE = 5;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAMPLING_SPEC__WIDTH = 6;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAMPLING_SPEC__HEIGHT = 7;

	/**
	 * The number of structural features of the '<em>Sampling Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAMPLING_SPEC_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Sampling Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAMPLING_SPEC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.atelier.core.model.impl.SamplePromptImpl <em>Sample Prompt</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.core.model.impl.SamplePromptImpl
	 * @see org.atelier.core.model.impl.AtelierPackageImpl#getSamplePrompt()
	 * @generated
	 */
	int SAMPLE_PROMPT = 12;

	/**
	 * The feature id for the '<em><b>Prompt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAMPLE_PROMPT__PROMPT = 0;

	/**
	 * The feature id for the '<em><b>Negative Prompt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAMPLE_PROMPT__NEGATIVE_PROMPT = 1;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAMPLE_PROMPT__SEED = 2;

	/**
	 * The number of structural features of the '<em>Sample Prompt</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAMPLE_PROMPT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Sample Prompt</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAMPLE_PROMPT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.atelier.core.model.impl.RunImpl <em>Run</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.core.model.impl.RunImpl
	 * @see org.atelier.core.model.impl.AtelierPackageImpl#getRun()
	 * @generated
	 */
	int RUN = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__ID = 0;

	/**
	 * The feature id for the '<em><b>Experiment</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__EXPERIMENT = 1;

	/**
	 * The feature id for the '<em><b>Base Model</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__BASE_MODEL = 2;

	/**
	 * The feature id for the '<em><b>Datasets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__DATASETS = 3;

	/**
	 * The feature id for the '<em><b>Models</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__MODELS = 4;

	/**
	 * The feature id for the '<em><b>Project Folder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__PROJECT_FOLDER = 5;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__STATUS = 6;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__MESSAGE = 7;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__CREATED = 8;

	/**
	 * The feature id for the '<em><b>Started</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__STARTED = 9;

	/**
	 * The feature id for the '<em><b>Finished</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__FINISHED = 10;

	/**
	 * The feature id for the '<em><b>Exit Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__EXIT_CODE = 11;

	/**
	 * The feature id for the '<em><b>Pid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__PID = 12;

	/**
	 * The feature id for the '<em><b>Environment</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__ENVIRONMENT = 13;

	/**
	 * The feature id for the '<em><b>Metrics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__METRICS = 14;

	/**
	 * The feature id for the '<em><b>Artifacts</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__ARTIFACTS = 15;

	/**
	 * The number of structural features of the '<em>Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_FEATURE_COUNT = 16;

	/**
	 * The number of operations of the '<em>Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.atelier.core.model.impl.RunEnvironmentImpl <em>Run Environment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.core.model.impl.RunEnvironmentImpl
	 * @see org.atelier.core.model.impl.AtelierPackageImpl#getRunEnvironment()
	 * @generated
	 */
	int RUN_ENVIRONMENT = 14;

	/**
	 * The feature id for the '<em><b>Atelier Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_ENVIRONMENT__ATELIER_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Java Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_ENVIRONMENT__JAVA_VERSION = 1;

	/**
	 * The feature id for the '<em><b>Os</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_ENVIRONMENT__OS = 2;

	/**
	 * The feature id for the '<em><b>Host Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_ENVIRONMENT__HOST_NAME = 3;

	/**
	 * The feature id for the '<em><b>Processors</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_ENVIRONMENT__PROCESSORS = 4;

	/**
	 * The feature id for the '<em><b>Max Memory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_ENVIRONMENT__MAX_MEMORY = 5;

	/**
	 * The feature id for the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_ENVIRONMENT__DEVICE = 6;

	/**
	 * The feature id for the '<em><b>Method Bundle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_ENVIRONMENT__METHOD_BUNDLE = 7;

	/**
	 * The number of structural features of the '<em>Run Environment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_ENVIRONMENT_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Run Environment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_ENVIRONMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.atelier.core.model.impl.MetricImpl <em>Metric</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.core.model.impl.MetricImpl
	 * @see org.atelier.core.model.impl.AtelierPackageImpl#getMetric()
	 * @generated
	 */
	int METRIC = 15;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__NAME = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.atelier.core.model.Architecture <em>Architecture</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.core.model.Architecture
	 * @see org.atelier.core.model.impl.AtelierPackageImpl#getArchitecture()
	 * @generated
	 */
	int ARCHITECTURE = 16;

	/**
	 * The meta object id for the '{@link org.atelier.core.model.PredictionType <em>Prediction Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.core.model.PredictionType
	 * @see org.atelier.core.model.impl.AtelierPackageImpl#getPredictionType()
	 * @generated
	 */
	int PREDICTION_TYPE = 17;

	/**
	 * The meta object id for the '{@link org.atelier.core.model.SubsetRole <em>Subset Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.core.model.SubsetRole
	 * @see org.atelier.core.model.impl.AtelierPackageImpl#getSubsetRole()
	 * @generated
	 */
	int SUBSET_ROLE = 18;

	/**
	 * The meta object id for the '{@link org.atelier.core.model.Precision <em>Precision</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.core.model.Precision
	 * @see org.atelier.core.model.impl.AtelierPackageImpl#getPrecision()
	 * @generated
	 */
	int PRECISION = 19;

	/**
	 * The meta object id for the '{@link org.atelier.core.model.EmbeddingFormat <em>Embedding Format</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.core.model.EmbeddingFormat
	 * @see org.atelier.core.model.impl.AtelierPackageImpl#getEmbeddingFormat()
	 * @generated
	 */
	int EMBEDDING_FORMAT = 20;

	/**
	 * The meta object id for the '{@link org.atelier.core.model.RunStatus <em>Run Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.core.model.RunStatus
	 * @see org.atelier.core.model.impl.AtelierPackageImpl#getRunStatus()
	 * @generated
	 */
	int RUN_STATUS = 21;


	/**
	 * Returns the meta object for class '{@link org.atelier.core.model.TrainingProject <em>Training Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Training Project</em>'.
	 * @see org.atelier.core.model.TrainingProject
	 * @generated
	 */
	EClass getTrainingProject();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.TrainingProject#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.atelier.core.model.TrainingProject#getName()
	 * @see #getTrainingProject()
	 * @generated
	 */
	EAttribute getTrainingProject_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.TrainingProject#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.atelier.core.model.TrainingProject#getDescription()
	 * @see #getTrainingProject()
	 * @generated
	 */
	EAttribute getTrainingProject_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.atelier.core.model.TrainingProject#getBaseModels <em>Base Models</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Base Models</em>'.
	 * @see org.atelier.core.model.TrainingProject#getBaseModels()
	 * @see #getTrainingProject()
	 * @generated
	 */
	EReference getTrainingProject_BaseModels();

	/**
	 * Returns the meta object for the containment reference list '{@link org.atelier.core.model.TrainingProject#getDatasets <em>Datasets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Datasets</em>'.
	 * @see org.atelier.core.model.TrainingProject#getDatasets()
	 * @see #getTrainingProject()
	 * @generated
	 */
	EReference getTrainingProject_Datasets();

	/**
	 * Returns the meta object for class '{@link org.atelier.core.model.BaseModel <em>Base Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Base Model</em>'.
	 * @see org.atelier.core.model.BaseModel
	 * @generated
	 */
	EClass getBaseModel();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.BaseModel#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.atelier.core.model.BaseModel#getId()
	 * @see #getBaseModel()
	 * @generated
	 */
	EAttribute getBaseModel_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.BaseModel#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.atelier.core.model.BaseModel#getName()
	 * @see #getBaseModel()
	 * @generated
	 */
	EAttribute getBaseModel_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.BaseModel#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.atelier.core.model.BaseModel#getPath()
	 * @see #getBaseModel()
	 * @generated
	 */
	EAttribute getBaseModel_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.BaseModel#getArchitecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Architecture</em>'.
	 * @see org.atelier.core.model.BaseModel#getArchitecture()
	 * @see #getBaseModel()
	 * @generated
	 */
	EAttribute getBaseModel_Architecture();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.BaseModel#getPredictionType <em>Prediction Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prediction Type</em>'.
	 * @see org.atelier.core.model.BaseModel#getPredictionType()
	 * @see #getBaseModel()
	 * @generated
	 */
	EAttribute getBaseModel_PredictionType();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.BaseModel#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see org.atelier.core.model.BaseModel#getSha256()
	 * @see #getBaseModel()
	 * @generated
	 */
	EAttribute getBaseModel_Sha256();

	/**
	 * Returns the meta object for class '{@link org.atelier.core.model.Dataset <em>Dataset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dataset</em>'.
	 * @see org.atelier.core.model.Dataset
	 * @generated
	 */
	EClass getDataset();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.Dataset#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.atelier.core.model.Dataset#getId()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.Dataset#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.atelier.core.model.Dataset#getName()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.atelier.core.model.Dataset#getSubsets <em>Subsets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Subsets</em>'.
	 * @see org.atelier.core.model.Dataset#getSubsets()
	 * @see #getDataset()
	 * @generated
	 */
	EReference getDataset_Subsets();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.Dataset#getResolution <em>Resolution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolution</em>'.
	 * @see org.atelier.core.model.Dataset#getResolution()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_Resolution();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.Dataset#getCaptionExtension <em>Caption Extension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Caption Extension</em>'.
	 * @see org.atelier.core.model.Dataset#getCaptionExtension()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_CaptionExtension();

	/**
	 * Returns the meta object for the containment reference '{@link org.atelier.core.model.Dataset#getCaptions <em>Captions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Captions</em>'.
	 * @see org.atelier.core.model.Dataset#getCaptions()
	 * @see #getDataset()
	 * @generated
	 */
	EReference getDataset_Captions();

	/**
	 * Returns the meta object for the containment reference '{@link org.atelier.core.model.Dataset#getBuckets <em>Buckets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Buckets</em>'.
	 * @see org.atelier.core.model.Dataset#getBuckets()
	 * @see #getDataset()
	 * @generated
	 */
	EReference getDataset_Buckets();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.Dataset#isFlip <em>Flip</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flip</em>'.
	 * @see org.atelier.core.model.Dataset#isFlip()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_Flip();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.Dataset#isRandomCrop <em>Random Crop</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Random Crop</em>'.
	 * @see org.atelier.core.model.Dataset#isRandomCrop()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_RandomCrop();

	/**
	 * Returns the meta object for class '{@link org.atelier.core.model.Subset <em>Subset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Subset</em>'.
	 * @see org.atelier.core.model.Subset
	 * @generated
	 */
	EClass getSubset();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.Subset#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.atelier.core.model.Subset#getPath()
	 * @see #getSubset()
	 * @generated
	 */
	EAttribute getSubset_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.Subset#getRepeats <em>Repeats</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Repeats</em>'.
	 * @see org.atelier.core.model.Subset#getRepeats()
	 * @see #getSubset()
	 * @generated
	 */
	EAttribute getSubset_Repeats();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.Subset#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.atelier.core.model.Subset#getRole()
	 * @see #getSubset()
	 * @generated
	 */
	EAttribute getSubset_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.Subset#getClassTokens <em>Class Tokens</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Class Tokens</em>'.
	 * @see org.atelier.core.model.Subset#getClassTokens()
	 * @see #getSubset()
	 * @generated
	 */
	EAttribute getSubset_ClassTokens();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.Subset#getLossWeight <em>Loss Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Loss Weight</em>'.
	 * @see org.atelier.core.model.Subset#getLossWeight()
	 * @see #getSubset()
	 * @generated
	 */
	EAttribute getSubset_LossWeight();

	/**
	 * Returns the meta object for class '{@link org.atelier.core.model.CaptionProcessing <em>Caption Processing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Caption Processing</em>'.
	 * @see org.atelier.core.model.CaptionProcessing
	 * @generated
	 */
	EClass getCaptionProcessing();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.CaptionProcessing#isShuffle <em>Shuffle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shuffle</em>'.
	 * @see org.atelier.core.model.CaptionProcessing#isShuffle()
	 * @see #getCaptionProcessing()
	 * @generated
	 */
	EAttribute getCaptionProcessing_Shuffle();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.CaptionProcessing#getKeepTokens <em>Keep Tokens</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Keep Tokens</em>'.
	 * @see org.atelier.core.model.CaptionProcessing#getKeepTokens()
	 * @see #getCaptionProcessing()
	 * @generated
	 */
	EAttribute getCaptionProcessing_KeepTokens();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.CaptionProcessing#getDropoutRate <em>Dropout Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dropout Rate</em>'.
	 * @see org.atelier.core.model.CaptionProcessing#getDropoutRate()
	 * @see #getCaptionProcessing()
	 * @generated
	 */
	EAttribute getCaptionProcessing_DropoutRate();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.CaptionProcessing#getTagDropoutRate <em>Tag Dropout Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tag Dropout Rate</em>'.
	 * @see org.atelier.core.model.CaptionProcessing#getTagDropoutRate()
	 * @see #getCaptionProcessing()
	 * @generated
	 */
	EAttribute getCaptionProcessing_TagDropoutRate();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.CaptionProcessing#getPrefix <em>Prefix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prefix</em>'.
	 * @see org.atelier.core.model.CaptionProcessing#getPrefix()
	 * @see #getCaptionProcessing()
	 * @generated
	 */
	EAttribute getCaptionProcessing_Prefix();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.CaptionProcessing#getSuffix <em>Suffix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Suffix</em>'.
	 * @see org.atelier.core.model.CaptionProcessing#getSuffix()
	 * @see #getCaptionProcessing()
	 * @generated
	 */
	EAttribute getCaptionProcessing_Suffix();

	/**
	 * Returns the meta object for class '{@link org.atelier.core.model.BucketSpec <em>Bucket Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Bucket Spec</em>'.
	 * @see org.atelier.core.model.BucketSpec
	 * @generated
	 */
	EClass getBucketSpec();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.BucketSpec#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.atelier.core.model.BucketSpec#isEnabled()
	 * @see #getBucketSpec()
	 * @generated
	 */
	EAttribute getBucketSpec_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.BucketSpec#getMinResolution <em>Min Resolution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Resolution</em>'.
	 * @see org.atelier.core.model.BucketSpec#getMinResolution()
	 * @see #getBucketSpec()
	 * @generated
	 */
	EAttribute getBucketSpec_MinResolution();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.BucketSpec#getMaxResolution <em>Max Resolution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Resolution</em>'.
	 * @see org.atelier.core.model.BucketSpec#getMaxResolution()
	 * @see #getBucketSpec()
	 * @generated
	 */
	EAttribute getBucketSpec_MaxResolution();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.BucketSpec#getStep <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step</em>'.
	 * @see org.atelier.core.model.BucketSpec#getStep()
	 * @see #getBucketSpec()
	 * @generated
	 */
	EAttribute getBucketSpec_Step();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.BucketSpec#isNoUpscale <em>No Upscale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>No Upscale</em>'.
	 * @see org.atelier.core.model.BucketSpec#isNoUpscale()
	 * @see #getBucketSpec()
	 * @generated
	 */
	EAttribute getBucketSpec_NoUpscale();

	/**
	 * Returns the meta object for class '{@link org.atelier.core.model.Experiment <em>Experiment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Experiment</em>'.
	 * @see org.atelier.core.model.Experiment
	 * @generated
	 */
	EClass getExperiment();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.Experiment#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.atelier.core.model.Experiment#getName()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.Experiment#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.atelier.core.model.Experiment#getDescription()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.Experiment#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.atelier.core.model.Experiment#getMethod()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Method();

	/**
	 * Returns the meta object for the reference '{@link org.atelier.core.model.Experiment#getBaseModel <em>Base Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Base Model</em>'.
	 * @see org.atelier.core.model.Experiment#getBaseModel()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_BaseModel();

	/**
	 * Returns the meta object for the reference list '{@link org.atelier.core.model.Experiment#getDatasets <em>Datasets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Datasets</em>'.
	 * @see org.atelier.core.model.Experiment#getDatasets()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Datasets();

	/**
	 * Returns the meta object for the containment reference '{@link org.atelier.core.model.Experiment#getConfig <em>Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Config</em>'.
	 * @see org.atelier.core.model.Experiment#getConfig()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Config();

	/**
	 * Returns the meta object for the containment reference '{@link org.atelier.core.model.Experiment#getSampling <em>Sampling</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Sampling</em>'.
	 * @see org.atelier.core.model.Experiment#getSampling()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Sampling();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.Experiment#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.atelier.core.model.Experiment#getSeed()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Seed();

	/**
	 * Returns the meta object for class '{@link org.atelier.core.model.MethodConfig <em>Method Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Method Config</em>'.
	 * @see org.atelier.core.model.MethodConfig
	 * @generated
	 */
	EClass getMethodConfig();

	/**
	 * Returns the meta object for class '{@link org.atelier.core.model.TrainsInSteps <em>Trains In Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Trains In Steps</em>'.
	 * @see org.atelier.core.model.TrainsInSteps
	 * @generated
	 */
	EClass getTrainsInSteps();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.TrainsInSteps#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Steps</em>'.
	 * @see org.atelier.core.model.TrainsInSteps#getSteps()
	 * @see #getTrainsInSteps()
	 * @generated
	 */
	EAttribute getTrainsInSteps_Steps();

	/**
	 * Returns the meta object for class '{@link org.atelier.core.model.SavesWeights <em>Saves Weights</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Saves Weights</em>'.
	 * @see org.atelier.core.model.SavesWeights
	 * @generated
	 */
	EClass getSavesWeights();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.SavesWeights#getOutputType <em>Output Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Output Type</em>'.
	 * @see org.atelier.core.model.SavesWeights#getOutputType()
	 * @see #getSavesWeights()
	 * @generated
	 */
	EAttribute getSavesWeights_OutputType();

	/**
	 * Returns the meta object for class '{@link org.atelier.core.model.SavesEmbedding <em>Saves Embedding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Saves Embedding</em>'.
	 * @see org.atelier.core.model.SavesEmbedding
	 * @generated
	 */
	EClass getSavesEmbedding();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.SavesEmbedding#getOutputFormat <em>Output Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Output Format</em>'.
	 * @see org.atelier.core.model.SavesEmbedding#getOutputFormat()
	 * @see #getSavesEmbedding()
	 * @generated
	 */
	EAttribute getSavesEmbedding_OutputFormat();

	/**
	 * Returns the meta object for class '{@link org.atelier.core.model.SamplingSpec <em>Sampling Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sampling Spec</em>'.
	 * @see org.atelier.core.model.SamplingSpec
	 * @generated
	 */
	EClass getSamplingSpec();

	/**
	 * Returns the meta object for the containment reference list '{@link org.atelier.core.model.SamplingSpec#getPrompts <em>Prompts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Prompts</em>'.
	 * @see org.atelier.core.model.SamplingSpec#getPrompts()
	 * @see #getSamplingSpec()
	 * @generated
	 */
	EReference getSamplingSpec_Prompts();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.SamplingSpec#getEverySteps <em>Every Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Every Steps</em>'.
	 * @see org.atelier.core.model.SamplingSpec#getEverySteps()
	 * @see #getSamplingSpec()
	 * @generated
	 */
	EAttribute getSamplingSpec_EverySteps();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.SamplingSpec#isSampleAtFirst <em>Sample At First</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sample At First</em>'.
	 * @see org.atelier.core.model.SamplingSpec#isSampleAtFirst()
	 * @see #getSamplingSpec()
	 * @generated
	 */
	EAttribute getSamplingSpec_SampleAtFirst();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.SamplingSpec#getSampler <em>Sampler</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sampler</em>'.
	 * @see org.atelier.core.model.SamplingSpec#getSampler()
	 * @see #getSamplingSpec()
	 * @generated
	 */
	EAttribute getSamplingSpec_Sampler();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.SamplingSpec#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Steps</em>'.
	 * @see org.atelier.core.model.SamplingSpec#getSteps()
	 * @see #getSamplingSpec()
	 * @generated
	 */
	EAttribute getSamplingSpec_Steps();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.SamplingSpec#getCfgScale <em>Cfg Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cfg Scale</em>'.
	 * @see org.atelier.core.model.SamplingSpec#getCfgScale()
	 * @see #getSamplingSpec()
	 * @generated
	 */
	EAttribute getSamplingSpec_CfgScale();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.SamplingSpec#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.atelier.core.model.SamplingSpec#getWidth()
	 * @see #getSamplingSpec()
	 * @generated
	 */
	EAttribute getSamplingSpec_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.SamplingSpec#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.atelier.core.model.SamplingSpec#getHeight()
	 * @see #getSamplingSpec()
	 * @generated
	 */
	EAttribute getSamplingSpec_Height();

	/**
	 * Returns the meta object for class '{@link org.atelier.core.model.SamplePrompt <em>Sample Prompt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sample Prompt</em>'.
	 * @see org.atelier.core.model.SamplePrompt
	 * @generated
	 */
	EClass getSamplePrompt();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.SamplePrompt#getPrompt <em>Prompt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prompt</em>'.
	 * @see org.atelier.core.model.SamplePrompt#getPrompt()
	 * @see #getSamplePrompt()
	 * @generated
	 */
	EAttribute getSamplePrompt_Prompt();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.SamplePrompt#getNegativePrompt <em>Negative Prompt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Negative Prompt</em>'.
	 * @see org.atelier.core.model.SamplePrompt#getNegativePrompt()
	 * @see #getSamplePrompt()
	 * @generated
	 */
	EAttribute getSamplePrompt_NegativePrompt();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.SamplePrompt#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.atelier.core.model.SamplePrompt#getSeed()
	 * @see #getSamplePrompt()
	 * @generated
	 */
	EAttribute getSamplePrompt_Seed();

	/**
	 * Returns the meta object for class '{@link org.atelier.core.model.Run <em>Run</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Run</em>'.
	 * @see org.atelier.core.model.Run
	 * @generated
	 */
	EClass getRun();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.Run#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.atelier.core.model.Run#getId()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_Id();

	/**
	 * Returns the meta object for the containment reference '{@link org.atelier.core.model.Run#getExperiment <em>Experiment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Experiment</em>'.
	 * @see org.atelier.core.model.Run#getExperiment()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_Experiment();

	/**
	 * Returns the meta object for the containment reference '{@link org.atelier.core.model.Run#getBaseModel <em>Base Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Base Model</em>'.
	 * @see org.atelier.core.model.Run#getBaseModel()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_BaseModel();

	/**
	 * Returns the meta object for the containment reference list '{@link org.atelier.core.model.Run#getDatasets <em>Datasets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Datasets</em>'.
	 * @see org.atelier.core.model.Run#getDatasets()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_Datasets();

	/**
	 * Returns the meta object for the containment reference list '{@link org.atelier.core.model.Run#getModels <em>Models</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Models</em>'.
	 * @see org.atelier.core.model.Run#getModels()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_Models();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.Run#getProjectFolder <em>Project Folder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Project Folder</em>'.
	 * @see org.atelier.core.model.Run#getProjectFolder()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_ProjectFolder();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.Run#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.atelier.core.model.Run#getStatus()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.Run#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see org.atelier.core.model.Run#getMessage()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_Message();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.Run#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.atelier.core.model.Run#getCreated()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_Created();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.Run#getStarted <em>Started</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started</em>'.
	 * @see org.atelier.core.model.Run#getStarted()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_Started();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.Run#getFinished <em>Finished</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Finished</em>'.
	 * @see org.atelier.core.model.Run#getFinished()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_Finished();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.Run#getExitCode <em>Exit Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exit Code</em>'.
	 * @see org.atelier.core.model.Run#getExitCode()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_ExitCode();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.Run#getPid <em>Pid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pid</em>'.
	 * @see org.atelier.core.model.Run#getPid()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_Pid();

	/**
	 * Returns the meta object for the containment reference '{@link org.atelier.core.model.Run#getEnvironment <em>Environment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Environment</em>'.
	 * @see org.atelier.core.model.Run#getEnvironment()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_Environment();

	/**
	 * Returns the meta object for the containment reference list '{@link org.atelier.core.model.Run#getMetrics <em>Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Metrics</em>'.
	 * @see org.atelier.core.model.Run#getMetrics()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_Metrics();

	/**
	 * Returns the meta object for the attribute list '{@link org.atelier.core.model.Run#getArtifacts <em>Artifacts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Artifacts</em>'.
	 * @see org.atelier.core.model.Run#getArtifacts()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_Artifacts();

	/**
	 * Returns the meta object for class '{@link org.atelier.core.model.RunEnvironment <em>Run Environment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Run Environment</em>'.
	 * @see org.atelier.core.model.RunEnvironment
	 * @generated
	 */
	EClass getRunEnvironment();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.RunEnvironment#getAtelierVersion <em>Atelier Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Atelier Version</em>'.
	 * @see org.atelier.core.model.RunEnvironment#getAtelierVersion()
	 * @see #getRunEnvironment()
	 * @generated
	 */
	EAttribute getRunEnvironment_AtelierVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.RunEnvironment#getJavaVersion <em>Java Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Java Version</em>'.
	 * @see org.atelier.core.model.RunEnvironment#getJavaVersion()
	 * @see #getRunEnvironment()
	 * @generated
	 */
	EAttribute getRunEnvironment_JavaVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.RunEnvironment#getOs <em>Os</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Os</em>'.
	 * @see org.atelier.core.model.RunEnvironment#getOs()
	 * @see #getRunEnvironment()
	 * @generated
	 */
	EAttribute getRunEnvironment_Os();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.RunEnvironment#getHostName <em>Host Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host Name</em>'.
	 * @see org.atelier.core.model.RunEnvironment#getHostName()
	 * @see #getRunEnvironment()
	 * @generated
	 */
	EAttribute getRunEnvironment_HostName();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.RunEnvironment#getProcessors <em>Processors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Processors</em>'.
	 * @see org.atelier.core.model.RunEnvironment#getProcessors()
	 * @see #getRunEnvironment()
	 * @generated
	 */
	EAttribute getRunEnvironment_Processors();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.RunEnvironment#getMaxMemory <em>Max Memory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Memory</em>'.
	 * @see org.atelier.core.model.RunEnvironment#getMaxMemory()
	 * @see #getRunEnvironment()
	 * @generated
	 */
	EAttribute getRunEnvironment_MaxMemory();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.RunEnvironment#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device</em>'.
	 * @see org.atelier.core.model.RunEnvironment#getDevice()
	 * @see #getRunEnvironment()
	 * @generated
	 */
	EAttribute getRunEnvironment_Device();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.RunEnvironment#getMethodBundle <em>Method Bundle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method Bundle</em>'.
	 * @see org.atelier.core.model.RunEnvironment#getMethodBundle()
	 * @see #getRunEnvironment()
	 * @generated
	 */
	EAttribute getRunEnvironment_MethodBundle();

	/**
	 * Returns the meta object for class '{@link org.atelier.core.model.Metric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metric</em>'.
	 * @see org.atelier.core.model.Metric
	 * @generated
	 */
	EClass getMetric();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.Metric#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.atelier.core.model.Metric#getName()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.core.model.Metric#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.atelier.core.model.Metric#getValue()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Value();

	/**
	 * Returns the meta object for enum '{@link org.atelier.core.model.Architecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Architecture</em>'.
	 * @see org.atelier.core.model.Architecture
	 * @generated
	 */
	EEnum getArchitecture();

	/**
	 * Returns the meta object for enum '{@link org.atelier.core.model.PredictionType <em>Prediction Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Prediction Type</em>'.
	 * @see org.atelier.core.model.PredictionType
	 * @generated
	 */
	EEnum getPredictionType();

	/**
	 * Returns the meta object for enum '{@link org.atelier.core.model.SubsetRole <em>Subset Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Subset Role</em>'.
	 * @see org.atelier.core.model.SubsetRole
	 * @generated
	 */
	EEnum getSubsetRole();

	/**
	 * Returns the meta object for enum '{@link org.atelier.core.model.Precision <em>Precision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Precision</em>'.
	 * @see org.atelier.core.model.Precision
	 * @generated
	 */
	EEnum getPrecision();

	/**
	 * Returns the meta object for enum '{@link org.atelier.core.model.EmbeddingFormat <em>Embedding Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Embedding Format</em>'.
	 * @see org.atelier.core.model.EmbeddingFormat
	 * @generated
	 */
	EEnum getEmbeddingFormat();

	/**
	 * Returns the meta object for enum '{@link org.atelier.core.model.RunStatus <em>Run Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Run Status</em>'.
	 * @see org.atelier.core.model.RunStatus
	 * @generated
	 */
	EEnum getRunStatus();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	AtelierFactory getAtelierFactory();

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
		 * The meta object literal for the '{@link org.atelier.core.model.impl.TrainingProjectImpl <em>Training Project</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.core.model.impl.TrainingProjectImpl
		 * @see org.atelier.core.model.impl.AtelierPackageImpl#getTrainingProject()
		 * @generated
		 */
		EClass TRAINING_PROJECT = eINSTANCE.getTrainingProject();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_PROJECT__NAME = eINSTANCE.getTrainingProject_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_PROJECT__DESCRIPTION = eINSTANCE.getTrainingProject_Description();

		/**
		 * The meta object literal for the '<em><b>Base Models</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_PROJECT__BASE_MODELS = eINSTANCE.getTrainingProject_BaseModels();

		/**
		 * The meta object literal for the '<em><b>Datasets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_PROJECT__DATASETS = eINSTANCE.getTrainingProject_Datasets();

		/**
		 * The meta object literal for the '{@link org.atelier.core.model.impl.BaseModelImpl <em>Base Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.core.model.impl.BaseModelImpl
		 * @see org.atelier.core.model.impl.AtelierPackageImpl#getBaseModel()
		 * @generated
		 */
		EClass BASE_MODEL = eINSTANCE.getBaseModel();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASE_MODEL__ID = eINSTANCE.getBaseModel_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASE_MODEL__NAME = eINSTANCE.getBaseModel_Name();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASE_MODEL__PATH = eINSTANCE.getBaseModel_Path();

		/**
		 * The meta object literal for the '<em><b>Architecture</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASE_MODEL__ARCHITECTURE = eINSTANCE.getBaseModel_Architecture();

		/**
		 * The meta object literal for the '<em><b>Prediction Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASE_MODEL__PREDICTION_TYPE = eINSTANCE.getBaseModel_PredictionType();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASE_MODEL__SHA256 = eINSTANCE.getBaseModel_Sha256();

		/**
		 * The meta object literal for the '{@link org.atelier.core.model.impl.DatasetImpl <em>Dataset</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.core.model.impl.DatasetImpl
		 * @see org.atelier.core.model.impl.AtelierPackageImpl#getDataset()
		 * @generated
		 */
		EClass DATASET = eINSTANCE.getDataset();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__ID = eINSTANCE.getDataset_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__NAME = eINSTANCE.getDataset_Name();

		/**
		 * The meta object literal for the '<em><b>Subsets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATASET__SUBSETS = eINSTANCE.getDataset_Subsets();

		/**
		 * The meta object literal for the '<em><b>Resolution</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__RESOLUTION = eINSTANCE.getDataset_Resolution();

		/**
		 * The meta object literal for the '<em><b>Caption Extension</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__CAPTION_EXTENSION = eINSTANCE.getDataset_CaptionExtension();

		/**
		 * The meta object literal for the '<em><b>Captions</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATASET__CAPTIONS = eINSTANCE.getDataset_Captions();

		/**
		 * The meta object literal for the '<em><b>Buckets</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATASET__BUCKETS = eINSTANCE.getDataset_Buckets();

		/**
		 * The meta object literal for the '<em><b>Flip</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__FLIP = eINSTANCE.getDataset_Flip();

		/**
		 * The meta object literal for the '<em><b>Random Crop</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__RANDOM_CROP = eINSTANCE.getDataset_RandomCrop();

		/**
		 * The meta object literal for the '{@link org.atelier.core.model.impl.SubsetImpl <em>Subset</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.core.model.impl.SubsetImpl
		 * @see org.atelier.core.model.impl.AtelierPackageImpl#getSubset()
		 * @generated
		 */
		EClass SUBSET = eINSTANCE.getSubset();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSET__PATH = eINSTANCE.getSubset_Path();

		/**
		 * The meta object literal for the '<em><b>Repeats</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSET__REPEATS = eINSTANCE.getSubset_Repeats();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSET__ROLE = eINSTANCE.getSubset_Role();

		/**
		 * The meta object literal for the '<em><b>Class Tokens</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSET__CLASS_TOKENS = eINSTANCE.getSubset_ClassTokens();

		/**
		 * The meta object literal for the '<em><b>Loss Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSET__LOSS_WEIGHT = eINSTANCE.getSubset_LossWeight();

		/**
		 * The meta object literal for the '{@link org.atelier.core.model.impl.CaptionProcessingImpl <em>Caption Processing</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.core.model.impl.CaptionProcessingImpl
		 * @see org.atelier.core.model.impl.AtelierPackageImpl#getCaptionProcessing()
		 * @generated
		 */
		EClass CAPTION_PROCESSING = eINSTANCE.getCaptionProcessing();

		/**
		 * The meta object literal for the '<em><b>Shuffle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAPTION_PROCESSING__SHUFFLE = eINSTANCE.getCaptionProcessing_Shuffle();

		/**
		 * The meta object literal for the '<em><b>Keep Tokens</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAPTION_PROCESSING__KEEP_TOKENS = eINSTANCE.getCaptionProcessing_KeepTokens();

		/**
		 * The meta object literal for the '<em><b>Dropout Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAPTION_PROCESSING__DROPOUT_RATE = eINSTANCE.getCaptionProcessing_DropoutRate();

		/**
		 * The meta object literal for the '<em><b>Tag Dropout Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAPTION_PROCESSING__TAG_DROPOUT_RATE = eINSTANCE.getCaptionProcessing_TagDropoutRate();

		/**
		 * The meta object literal for the '<em><b>Prefix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAPTION_PROCESSING__PREFIX = eINSTANCE.getCaptionProcessing_Prefix();

		/**
		 * The meta object literal for the '<em><b>Suffix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAPTION_PROCESSING__SUFFIX = eINSTANCE.getCaptionProcessing_Suffix();

		/**
		 * The meta object literal for the '{@link org.atelier.core.model.impl.BucketSpecImpl <em>Bucket Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.core.model.impl.BucketSpecImpl
		 * @see org.atelier.core.model.impl.AtelierPackageImpl#getBucketSpec()
		 * @generated
		 */
		EClass BUCKET_SPEC = eINSTANCE.getBucketSpec();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUCKET_SPEC__ENABLED = eINSTANCE.getBucketSpec_Enabled();

		/**
		 * The meta object literal for the '<em><b>Min Resolution</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUCKET_SPEC__MIN_RESOLUTION = eINSTANCE.getBucketSpec_MinResolution();

		/**
		 * The meta object literal for the '<em><b>Max Resolution</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUCKET_SPEC__MAX_RESOLUTION = eINSTANCE.getBucketSpec_MaxResolution();

		/**
		 * The meta object literal for the '<em><b>Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUCKET_SPEC__STEP = eINSTANCE.getBucketSpec_Step();

		/**
		 * The meta object literal for the '<em><b>No Upscale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUCKET_SPEC__NO_UPSCALE = eINSTANCE.getBucketSpec_NoUpscale();

		/**
		 * The meta object literal for the '{@link org.atelier.core.model.impl.ExperimentImpl <em>Experiment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.core.model.impl.ExperimentImpl
		 * @see org.atelier.core.model.impl.AtelierPackageImpl#getExperiment()
		 * @generated
		 */
		EClass EXPERIMENT = eINSTANCE.getExperiment();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__NAME = eINSTANCE.getExperiment_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__DESCRIPTION = eINSTANCE.getExperiment_Description();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__METHOD = eINSTANCE.getExperiment_Method();

		/**
		 * The meta object literal for the '<em><b>Base Model</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__BASE_MODEL = eINSTANCE.getExperiment_BaseModel();

		/**
		 * The meta object literal for the '<em><b>Datasets</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__DATASETS = eINSTANCE.getExperiment_Datasets();

		/**
		 * The meta object literal for the '<em><b>Config</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__CONFIG = eINSTANCE.getExperiment_Config();

		/**
		 * The meta object literal for the '<em><b>Sampling</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__SAMPLING = eINSTANCE.getExperiment_Sampling();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__SEED = eINSTANCE.getExperiment_Seed();

		/**
		 * The meta object literal for the '{@link org.atelier.core.model.impl.MethodConfigImpl <em>Method Config</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.core.model.impl.MethodConfigImpl
		 * @see org.atelier.core.model.impl.AtelierPackageImpl#getMethodConfig()
		 * @generated
		 */
		EClass METHOD_CONFIG = eINSTANCE.getMethodConfig();

		/**
		 * The meta object literal for the '{@link org.atelier.core.model.TrainsInSteps <em>Trains In Steps</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.core.model.TrainsInSteps
		 * @see org.atelier.core.model.impl.AtelierPackageImpl#getTrainsInSteps()
		 * @generated
		 */
		EClass TRAINS_IN_STEPS = eINSTANCE.getTrainsInSteps();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINS_IN_STEPS__STEPS = eINSTANCE.getTrainsInSteps_Steps();

		/**
		 * The meta object literal for the '{@link org.atelier.core.model.SavesWeights <em>Saves Weights</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.core.model.SavesWeights
		 * @see org.atelier.core.model.impl.AtelierPackageImpl#getSavesWeights()
		 * @generated
		 */
		EClass SAVES_WEIGHTS = eINSTANCE.getSavesWeights();

		/**
		 * The meta object literal for the '<em><b>Output Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAVES_WEIGHTS__OUTPUT_TYPE = eINSTANCE.getSavesWeights_OutputType();

		/**
		 * The meta object literal for the '{@link org.atelier.core.model.SavesEmbedding <em>Saves Embedding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.core.model.SavesEmbedding
		 * @see org.atelier.core.model.impl.AtelierPackageImpl#getSavesEmbedding()
		 * @generated
		 */
		EClass SAVES_EMBEDDING = eINSTANCE.getSavesEmbedding();

		/**
		 * The meta object literal for the '<em><b>Output Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAVES_EMBEDDING__OUTPUT_FORMAT = eINSTANCE.getSavesEmbedding_OutputFormat();

		/**
		 * The meta object literal for the '{@link org.atelier.core.model.impl.SamplingSpecImpl <em>Sampling Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.core.model.impl.SamplingSpecImpl
		 * @see org.atelier.core.model.impl.AtelierPackageImpl#getSamplingSpec()
		 * @generated
		 */
		EClass SAMPLING_SPEC = eINSTANCE.getSamplingSpec();

		/**
		 * The meta object literal for the '<em><b>Prompts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SAMPLING_SPEC__PROMPTS = eINSTANCE.getSamplingSpec_Prompts();

		/**
		 * The meta object literal for the '<em><b>Every Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAMPLING_SPEC__EVERY_STEPS = eINSTANCE.getSamplingSpec_EverySteps();

		/**
		 * The meta object literal for the '<em><b>Sample At First</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAMPLING_SPEC__SAMPLE_AT_FIRST = eINSTANCE.getSamplingSpec_SampleAtFirst();

		/**
		 * The meta object literal for the '<em><b>Sampler</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAMPLING_SPEC__SAMPLER = eINSTANCE.getSamplingSpec_Sampler();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAMPLING_SPEC__STEPS = eINSTANCE.getSamplingSpec_Steps();

		/**
		 * The meta object literal for the '<em><b>Cfg Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAMPLING_SPEC__CFG_SCALE = eINSTANCE.getSamplingSpec_CfgScale();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAMPLING_SPEC__WIDTH = eINSTANCE.getSamplingSpec_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAMPLING_SPEC__HEIGHT = eINSTANCE.getSamplingSpec_Height();

		/**
		 * The meta object literal for the '{@link org.atelier.core.model.impl.SamplePromptImpl <em>Sample Prompt</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.core.model.impl.SamplePromptImpl
		 * @see org.atelier.core.model.impl.AtelierPackageImpl#getSamplePrompt()
		 * @generated
		 */
		EClass SAMPLE_PROMPT = eINSTANCE.getSamplePrompt();

		/**
		 * The meta object literal for the '<em><b>Prompt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAMPLE_PROMPT__PROMPT = eINSTANCE.getSamplePrompt_Prompt();

		/**
		 * The meta object literal for the '<em><b>Negative Prompt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAMPLE_PROMPT__NEGATIVE_PROMPT = eINSTANCE.getSamplePrompt_NegativePrompt();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAMPLE_PROMPT__SEED = eINSTANCE.getSamplePrompt_Seed();

		/**
		 * The meta object literal for the '{@link org.atelier.core.model.impl.RunImpl <em>Run</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.core.model.impl.RunImpl
		 * @see org.atelier.core.model.impl.AtelierPackageImpl#getRun()
		 * @generated
		 */
		EClass RUN = eINSTANCE.getRun();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__ID = eINSTANCE.getRun_Id();

		/**
		 * The meta object literal for the '<em><b>Experiment</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__EXPERIMENT = eINSTANCE.getRun_Experiment();

		/**
		 * The meta object literal for the '<em><b>Base Model</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__BASE_MODEL = eINSTANCE.getRun_BaseModel();

		/**
		 * The meta object literal for the '<em><b>Datasets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__DATASETS = eINSTANCE.getRun_Datasets();

		/**
		 * The meta object literal for the '<em><b>Models</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__MODELS = eINSTANCE.getRun_Models();

		/**
		 * The meta object literal for the '<em><b>Project Folder</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__PROJECT_FOLDER = eINSTANCE.getRun_ProjectFolder();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__STATUS = eINSTANCE.getRun_Status();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__MESSAGE = eINSTANCE.getRun_Message();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__CREATED = eINSTANCE.getRun_Created();

		/**
		 * The meta object literal for the '<em><b>Started</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__STARTED = eINSTANCE.getRun_Started();

		/**
		 * The meta object literal for the '<em><b>Finished</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__FINISHED = eINSTANCE.getRun_Finished();

		/**
		 * The meta object literal for the '<em><b>Exit Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__EXIT_CODE = eINSTANCE.getRun_ExitCode();

		/**
		 * The meta object literal for the '<em><b>Pid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__PID = eINSTANCE.getRun_Pid();

		/**
		 * The meta object literal for the '<em><b>Environment</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__ENVIRONMENT = eINSTANCE.getRun_Environment();

		/**
		 * The meta object literal for the '<em><b>Metrics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__METRICS = eINSTANCE.getRun_Metrics();

		/**
		 * The meta object literal for the '<em><b>Artifacts</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__ARTIFACTS = eINSTANCE.getRun_Artifacts();

		/**
		 * The meta object literal for the '{@link org.atelier.core.model.impl.RunEnvironmentImpl <em>Run Environment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.core.model.impl.RunEnvironmentImpl
		 * @see org.atelier.core.model.impl.AtelierPackageImpl#getRunEnvironment()
		 * @generated
		 */
		EClass RUN_ENVIRONMENT = eINSTANCE.getRunEnvironment();

		/**
		 * The meta object literal for the '<em><b>Atelier Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_ENVIRONMENT__ATELIER_VERSION = eINSTANCE.getRunEnvironment_AtelierVersion();

		/**
		 * The meta object literal for the '<em><b>Java Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_ENVIRONMENT__JAVA_VERSION = eINSTANCE.getRunEnvironment_JavaVersion();

		/**
		 * The meta object literal for the '<em><b>Os</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_ENVIRONMENT__OS = eINSTANCE.getRunEnvironment_Os();

		/**
		 * The meta object literal for the '<em><b>Host Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_ENVIRONMENT__HOST_NAME = eINSTANCE.getRunEnvironment_HostName();

		/**
		 * The meta object literal for the '<em><b>Processors</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_ENVIRONMENT__PROCESSORS = eINSTANCE.getRunEnvironment_Processors();

		/**
		 * The meta object literal for the '<em><b>Max Memory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_ENVIRONMENT__MAX_MEMORY = eINSTANCE.getRunEnvironment_MaxMemory();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_ENVIRONMENT__DEVICE = eINSTANCE.getRunEnvironment_Device();

		/**
		 * The meta object literal for the '<em><b>Method Bundle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_ENVIRONMENT__METHOD_BUNDLE = eINSTANCE.getRunEnvironment_MethodBundle();

		/**
		 * The meta object literal for the '{@link org.atelier.core.model.impl.MetricImpl <em>Metric</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.core.model.impl.MetricImpl
		 * @see org.atelier.core.model.impl.AtelierPackageImpl#getMetric()
		 * @generated
		 */
		EClass METRIC = eINSTANCE.getMetric();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__NAME = eINSTANCE.getMetric_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__VALUE = eINSTANCE.getMetric_Value();

		/**
		 * The meta object literal for the '{@link org.atelier.core.model.Architecture <em>Architecture</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.core.model.Architecture
		 * @see org.atelier.core.model.impl.AtelierPackageImpl#getArchitecture()
		 * @generated
		 */
		EEnum ARCHITECTURE = eINSTANCE.getArchitecture();

		/**
		 * The meta object literal for the '{@link org.atelier.core.model.PredictionType <em>Prediction Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.core.model.PredictionType
		 * @see org.atelier.core.model.impl.AtelierPackageImpl#getPredictionType()
		 * @generated
		 */
		EEnum PREDICTION_TYPE = eINSTANCE.getPredictionType();

		/**
		 * The meta object literal for the '{@link org.atelier.core.model.SubsetRole <em>Subset Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.core.model.SubsetRole
		 * @see org.atelier.core.model.impl.AtelierPackageImpl#getSubsetRole()
		 * @generated
		 */
		EEnum SUBSET_ROLE = eINSTANCE.getSubsetRole();

		/**
		 * The meta object literal for the '{@link org.atelier.core.model.Precision <em>Precision</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.core.model.Precision
		 * @see org.atelier.core.model.impl.AtelierPackageImpl#getPrecision()
		 * @generated
		 */
		EEnum PRECISION = eINSTANCE.getPrecision();

		/**
		 * The meta object literal for the '{@link org.atelier.core.model.EmbeddingFormat <em>Embedding Format</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.core.model.EmbeddingFormat
		 * @see org.atelier.core.model.impl.AtelierPackageImpl#getEmbeddingFormat()
		 * @generated
		 */
		EEnum EMBEDDING_FORMAT = eINSTANCE.getEmbeddingFormat();

		/**
		 * The meta object literal for the '{@link org.atelier.core.model.RunStatus <em>Run Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.core.model.RunStatus
		 * @see org.atelier.core.model.impl.AtelierPackageImpl#getRunStatus()
		 * @generated
		 */
		EEnum RUN_STATUS = eINSTANCE.getRunStatus();

	}

} //AtelierPackage
