/**
 */
package org.atelier.core.model.impl;

import org.atelier.core.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class AtelierFactoryImpl extends EFactoryImpl implements AtelierFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static AtelierFactory init() {
		try {
			AtelierFactory theAtelierFactory = (AtelierFactory)EPackage.Registry.INSTANCE.getEFactory(AtelierPackage.eNS_URI);
			if (theAtelierFactory != null) {
				return theAtelierFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new AtelierFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AtelierFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case AtelierPackage.TRAINING_PROJECT: return createTrainingProject();
			case AtelierPackage.BASE_MODEL: return createBaseModel();
			case AtelierPackage.DATASET: return createDataset();
			case AtelierPackage.SUBSET: return createSubset();
			case AtelierPackage.CAPTION_PROCESSING: return createCaptionProcessing();
			case AtelierPackage.BUCKET_SPEC: return createBucketSpec();
			case AtelierPackage.EXPERIMENT: return createExperiment();
			case AtelierPackage.METHOD_CONFIG: return createMethodConfig();
			case AtelierPackage.SAMPLING_SPEC: return createSamplingSpec();
			case AtelierPackage.SAMPLE_PROMPT: return createSamplePrompt();
			case AtelierPackage.RUN: return createRun();
			case AtelierPackage.RUN_ENVIRONMENT: return createRunEnvironment();
			case AtelierPackage.METRIC: return createMetric();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case AtelierPackage.ARCHITECTURE:
				return createArchitectureFromString(eDataType, initialValue);
			case AtelierPackage.PREDICTION_TYPE:
				return createPredictionTypeFromString(eDataType, initialValue);
			case AtelierPackage.SUBSET_ROLE:
				return createSubsetRoleFromString(eDataType, initialValue);
			case AtelierPackage.PRECISION:
				return createPrecisionFromString(eDataType, initialValue);
			case AtelierPackage.EMBEDDING_FORMAT:
				return createEmbeddingFormatFromString(eDataType, initialValue);
			case AtelierPackage.RUN_STATUS:
				return createRunStatusFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case AtelierPackage.ARCHITECTURE:
				return convertArchitectureToString(eDataType, instanceValue);
			case AtelierPackage.PREDICTION_TYPE:
				return convertPredictionTypeToString(eDataType, instanceValue);
			case AtelierPackage.SUBSET_ROLE:
				return convertSubsetRoleToString(eDataType, instanceValue);
			case AtelierPackage.PRECISION:
				return convertPrecisionToString(eDataType, instanceValue);
			case AtelierPackage.EMBEDDING_FORMAT:
				return convertEmbeddingFormatToString(eDataType, instanceValue);
			case AtelierPackage.RUN_STATUS:
				return convertRunStatusToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingProject createTrainingProject() {
		TrainingProjectImpl trainingProject = new TrainingProjectImpl();
		return trainingProject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BaseModel createBaseModel() {
		BaseModelImpl baseModel = new BaseModelImpl();
		return baseModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Dataset createDataset() {
		DatasetImpl dataset = new DatasetImpl();
		return dataset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Subset createSubset() {
		SubsetImpl subset = new SubsetImpl();
		return subset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CaptionProcessing createCaptionProcessing() {
		CaptionProcessingImpl captionProcessing = new CaptionProcessingImpl();
		return captionProcessing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BucketSpec createBucketSpec() {
		BucketSpecImpl bucketSpec = new BucketSpecImpl();
		return bucketSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Experiment createExperiment() {
		ExperimentImpl experiment = new ExperimentImpl();
		return experiment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MethodConfig createMethodConfig() {
		MethodConfigImpl methodConfig = new MethodConfigImpl();
		return methodConfig;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SamplingSpec createSamplingSpec() {
		SamplingSpecImpl samplingSpec = new SamplingSpecImpl();
		return samplingSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SamplePrompt createSamplePrompt() {
		SamplePromptImpl samplePrompt = new SamplePromptImpl();
		return samplePrompt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Run createRun() {
		RunImpl run = new RunImpl();
		return run;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RunEnvironment createRunEnvironment() {
		RunEnvironmentImpl runEnvironment = new RunEnvironmentImpl();
		return runEnvironment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Metric createMetric() {
		MetricImpl metric = new MetricImpl();
		return metric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Architecture createArchitectureFromString(EDataType eDataType, String initialValue) {
		Architecture result = Architecture.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertArchitectureToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PredictionType createPredictionTypeFromString(EDataType eDataType, String initialValue) {
		PredictionType result = PredictionType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPredictionTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SubsetRole createSubsetRoleFromString(EDataType eDataType, String initialValue) {
		SubsetRole result = SubsetRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSubsetRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Precision createPrecisionFromString(EDataType eDataType, String initialValue) {
		Precision result = Precision.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPrecisionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EmbeddingFormat createEmbeddingFormatFromString(EDataType eDataType, String initialValue) {
		EmbeddingFormat result = EmbeddingFormat.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEmbeddingFormatToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RunStatus createRunStatusFromString(EDataType eDataType, String initialValue) {
		RunStatus result = RunStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRunStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AtelierPackage getAtelierPackage() {
		return (AtelierPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static AtelierPackage getPackage() {
		return AtelierPackage.eINSTANCE;
	}

} //AtelierFactoryImpl
