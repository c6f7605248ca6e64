/**
 */
package org.atelier.core.model.impl;

import org.atelier.core.model.Architecture;
import org.atelier.core.model.AtelierFactory;
import org.atelier.core.model.AtelierPackage;
import org.atelier.core.model.BaseModel;
import org.atelier.core.model.BucketSpec;
import org.atelier.core.model.CaptionProcessing;
import org.atelier.core.model.Dataset;
import org.atelier.core.model.EmbeddingFormat;
import org.atelier.core.model.Experiment;
import org.atelier.core.model.MethodConfig;
import org.atelier.core.model.Metric;
import org.atelier.core.model.Precision;
import org.atelier.core.model.PredictionType;
import org.atelier.core.model.Run;
import org.atelier.core.model.RunEnvironment;
import org.atelier.core.model.RunStatus;
import org.atelier.core.model.SamplePrompt;
import org.atelier.core.model.SamplingSpec;
import org.atelier.core.model.SavesEmbedding;
import org.atelier.core.model.SavesWeights;
import org.atelier.core.model.Subset;
import org.atelier.core.model.SubsetRole;
import org.atelier.core.model.TrainingProject;
import org.atelier.core.model.TrainsInSteps;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class AtelierPackageImpl extends EPackageImpl implements AtelierPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trainingProjectEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass baseModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass datasetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass subsetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass captionProcessingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass bucketSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass experimentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass methodConfigEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trainsInStepsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass savesWeightsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass savesEmbeddingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass samplingSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass samplePromptEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass runEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass runEnvironmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass metricEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum architectureEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum predictionTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum subsetRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum precisionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum embeddingFormatEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum runStatusEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.atelier.core.model.AtelierPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private AtelierPackageImpl() {
		super(eNS_URI, AtelierFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link AtelierPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static AtelierPackage init() {
		if (isInited) return (AtelierPackage)EPackage.Registry.INSTANCE.getEPackage(AtelierPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredAtelierPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		AtelierPackageImpl theAtelierPackage = registeredAtelierPackage instanceof AtelierPackageImpl ? (AtelierPackageImpl)registeredAtelierPackage : new AtelierPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theAtelierPackage.createPackageContents();

		// Initialize created meta-data
		theAtelierPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theAtelierPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(AtelierPackage.eNS_URI, theAtelierPackage);
		return theAtelierPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrainingProject() {
		return trainingProjectEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingProject_Name() {
		return (EAttribute)trainingProjectEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingProject_Description() {
		return (EAttribute)trainingProjectEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrainingProject_BaseModels() {
		return (EReference)trainingProjectEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrainingProject_Datasets() {
		return (EReference)trainingProjectEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBaseModel() {
		return baseModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBaseModel_Id() {
		return (EAttribute)baseModelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBaseModel_Name() {
		return (EAttribute)baseModelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBaseModel_Path() {
		return (EAttribute)baseModelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBaseModel_Architecture() {
		return (EAttribute)baseModelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBaseModel_PredictionType() {
		return (EAttribute)baseModelEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBaseModel_Sha256() {
		return (EAttribute)baseModelEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDataset() {
		return datasetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataset_Id() {
		return (EAttribute)datasetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataset_Name() {
		return (EAttribute)datasetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataset_Subsets() {
		return (EReference)datasetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataset_Resolution() {
		return (EAttribute)datasetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataset_CaptionExtension() {
		return (EAttribute)datasetEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataset_Captions() {
		return (EReference)datasetEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataset_Buckets() {
		return (EReference)datasetEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataset_Flip() {
		return (EAttribute)datasetEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataset_RandomCrop() {
		return (EAttribute)datasetEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSubset() {
		return subsetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubset_Path() {
		return (EAttribute)subsetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubset_Repeats() {
		return (EAttribute)subsetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubset_Role() {
		return (EAttribute)subsetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubset_ClassTokens() {
		return (EAttribute)subsetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubset_LossWeight() {
		return (EAttribute)subsetEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCaptionProcessing() {
		return captionProcessingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaptionProcessing_Shuffle() {
		return (EAttribute)captionProcessingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaptionProcessing_KeepTokens() {
		return (EAttribute)captionProcessingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaptionProcessing_DropoutRate() {
		return (EAttribute)captionProcessingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaptionProcessing_TagDropoutRate() {
		return (EAttribute)captionProcessingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaptionProcessing_Prefix() {
		return (EAttribute)captionProcessingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaptionProcessing_Suffix() {
		return (EAttribute)captionProcessingEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBucketSpec() {
		return bucketSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBucketSpec_Enabled() {
		return (EAttribute)bucketSpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBucketSpec_MinResolution() {
		return (EAttribute)bucketSpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBucketSpec_MaxResolution() {
		return (EAttribute)bucketSpecEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBucketSpec_Step() {
		return (EAttribute)bucketSpecEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBucketSpec_NoUpscale() {
		return (EAttribute)bucketSpecEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExperiment() {
		return experimentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_Name() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_Description() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_Method() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_BaseModel() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Datasets() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Config() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Sampling() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_Seed() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMethodConfig() {
		return methodConfigEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrainsInSteps() {
		return trainsInStepsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainsInSteps_Steps() {
		return (EAttribute)trainsInStepsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSavesWeights() {
		return savesWeightsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSavesWeights_OutputType() {
		return (EAttribute)savesWeightsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSavesEmbedding() {
		return savesEmbeddingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSavesEmbedding_OutputFormat() {
		return (EAttribute)savesEmbeddingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSamplingSpec() {
		return samplingSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSamplingSpec_Prompts() {
		return (EReference)samplingSpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSamplingSpec_EverySteps() {
		return (EAttribute)samplingSpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSamplingSpec_SampleAtFirst() {
		return (EAttribute)samplingSpecEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSamplingSpec_Sampler() {
		return (EAttribute)samplingSpecEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSamplingSpec_Steps() {
		return (EAttribute)samplingSpecEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSamplingSpec_CfgScale() {
		return (EAttribute)samplingSpecEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSamplingSpec_Width() {
		return (EAttribute)samplingSpecEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSamplingSpec_Height() {
		return (EAttribute)samplingSpecEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSamplePrompt() {
		return samplePromptEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSamplePrompt_Prompt() {
		return (EAttribute)samplePromptEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSamplePrompt_NegativePrompt() {
		return (EAttribute)samplePromptEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSamplePrompt_Seed() {
		return (EAttribute)samplePromptEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRun() {
		return runEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_Id() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_Experiment() {
		return (EReference)runEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_BaseModel() {
		return (EReference)runEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_Datasets() {
		return (EReference)runEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_Models() {
		return (EReference)runEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_ProjectFolder() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_Status() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_Message() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_Created() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_Started() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_Finished() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_ExitCode() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_Pid() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_Environment() {
		return (EReference)runEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_Metrics() {
		return (EReference)runEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_Artifacts() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRunEnvironment() {
		return runEnvironmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunEnvironment_AtelierVersion() {
		return (EAttribute)runEnvironmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunEnvironment_JavaVersion() {
		return (EAttribute)runEnvironmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunEnvironment_Os() {
		return (EAttribute)runEnvironmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunEnvironment_HostName() {
		return (EAttribute)runEnvironmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunEnvironment_Processors() {
		return (EAttribute)runEnvironmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunEnvironment_MaxMemory() {
		return (EAttribute)runEnvironmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunEnvironment_Device() {
		return (EAttribute)runEnvironmentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunEnvironment_MethodBundle() {
		return (EAttribute)runEnvironmentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMetric() {
		return metricEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetric_Name() {
		return (EAttribute)metricEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetric_Value() {
		return (EAttribute)metricEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getArchitecture() {
		return architectureEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPredictionType() {
		return predictionTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSubsetRole() {
		return subsetRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPrecision() {
		return precisionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEmbeddingFormat() {
		return embeddingFormatEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRunStatus() {
		return runStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AtelierFactory getAtelierFactory() {
		return (AtelierFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		trainingProjectEClass = createEClass(TRAINING_PROJECT);
		createEAttribute(trainingProjectEClass, TRAINING_PROJECT__NAME);
		createEAttribute(trainingProjectEClass, TRAINING_PROJECT__DESCRIPTION);
		createEReference(trainingProjectEClass, TRAINING_PROJECT__BASE_MODELS);
		createEReference(trainingProjectEClass, TRAINING_PROJECT__DATASETS);

		baseModelEClass = createEClass(BASE_MODEL);
		createEAttribute(baseModelEClass, BASE_MODEL__ID);
		createEAttribute(baseModelEClass, BASE_MODEL__NAME);
		createEAttribute(baseModelEClass, BASE_MODEL__PATH);
		createEAttribute(baseModelEClass, BASE_MODEL__ARCHITECTURE);
		createEAttribute(baseModelEClass, BASE_MODEL__PREDICTION_TYPE);
		createEAttribute(baseModelEClass, BASE_MODEL__SHA256);

		datasetEClass = createEClass(DATASET);
		createEAttribute(datasetEClass, DATASET__ID);
		createEAttribute(datasetEClass, DATASET__NAME);
		createEReference(datasetEClass, DATASET__SUBSETS);
		createEAttribute(datasetEClass, DATASET__RESOLUTION);
		createEAttribute(datasetEClass, DATASET__CAPTION_EXTENSION);
		createEReference(datasetEClass, DATASET__CAPTIONS);
		createEReference(datasetEClass, DATASET__BUCKETS);
		createEAttribute(datasetEClass, DATASET__FLIP);
		createEAttribute(datasetEClass, DATASET__RANDOM_CROP);

		subsetEClass = createEClass(SUBSET);
		createEAttribute(subsetEClass, SUBSET__PATH);
		createEAttribute(subsetEClass, SUBSET__REPEATS);
		createEAttribute(subsetEClass, SUBSET__ROLE);
		createEAttribute(subsetEClass, SUBSET__CLASS_TOKENS);
		createEAttribute(subsetEClass, SUBSET__LOSS_WEIGHT);

		captionProcessingEClass = createEClass(CAPTION_PROCESSING);
		createEAttribute(captionProcessingEClass, CAPTION_PROCESSING__SHUFFLE);
		createEAttribute(captionProcessingEClass, CAPTION_PROCESSING__KEEP_TOKENS);
		createEAttribute(captionProcessingEClass, CAPTION_PROCESSING__DROPOUT_RATE);
		createEAttribute(captionProcessingEClass, CAPTION_PROCESSING__TAG_DROPOUT_RATE);
		createEAttribute(captionProcessingEClass, CAPTION_PROCESSING__PREFIX);
		createEAttribute(captionProcessingEClass, CAPTION_PROCESSING__SUFFIX);

		bucketSpecEClass = createEClass(BUCKET_SPEC);
		createEAttribute(bucketSpecEClass, BUCKET_SPEC__ENABLED);
		createEAttribute(bucketSpecEClass, BUCKET_SPEC__MIN_RESOLUTION);
		createEAttribute(bucketSpecEClass, BUCKET_SPEC__MAX_RESOLUTION);
		createEAttribute(bucketSpecEClass, BUCKET_SPEC__STEP);
		createEAttribute(bucketSpecEClass, BUCKET_SPEC__NO_UPSCALE);

		experimentEClass = createEClass(EXPERIMENT);
		createEAttribute(experimentEClass, EXPERIMENT__NAME);
		createEAttribute(experimentEClass, EXPERIMENT__DESCRIPTION);
		createEAttribute(experimentEClass, EXPERIMENT__METHOD);
		createEReference(experimentEClass, EXPERIMENT__BASE_MODEL);
		createEReference(experimentEClass, EXPERIMENT__DATASETS);
		createEReference(experimentEClass, EXPERIMENT__CONFIG);
		createEReference(experimentEClass, EXPERIMENT__SAMPLING);
		createEAttribute(experimentEClass, EXPERIMENT__SEED);

		methodConfigEClass = createEClass(METHOD_CONFIG);

		trainsInStepsEClass = createEClass(TRAINS_IN_STEPS);
		createEAttribute(trainsInStepsEClass, TRAINS_IN_STEPS__STEPS);

		savesWeightsEClass = createEClass(SAVES_WEIGHTS);
		createEAttribute(savesWeightsEClass, SAVES_WEIGHTS__OUTPUT_TYPE);

		savesEmbeddingEClass = createEClass(SAVES_EMBEDDING);
		createEAttribute(savesEmbeddingEClass, SAVES_EMBEDDING__OUTPUT_FORMAT);

		samplingSpecEClass = createEClass(SAMPLING_SPEC);
		createEReference(samplingSpecEClass, SAMPLING_SPEC__PROMPTS);
		createEAttribute(samplingSpecEClass, SAMPLING_SPEC__EVERY_STEPS);
		createEAttribute(samplingSpecEClass, SAMPLING_SPEC__SAMPLE_AT_FIRST);
		createEAttribute(samplingSpecEClass, SAMPLING_SPEC__SAMPLER);
		createEAttribute(samplingSpecEClass, SAMPLING_SPEC__STEPS);
		createEAttribute(samplingSpecEClass, SAMPLING_SPEC__CFG_SCALE);
		createEAttribute(samplingSpecEClass, SAMPLING_SPEC__WIDTH);
		createEAttribute(samplingSpecEClass, SAMPLING_SPEC__HEIGHT);

		samplePromptEClass = createEClass(SAMPLE_PROMPT);
		createEAttribute(samplePromptEClass, SAMPLE_PROMPT__PROMPT);
		createEAttribute(samplePromptEClass, SAMPLE_PROMPT__NEGATIVE_PROMPT);
		createEAttribute(samplePromptEClass, SAMPLE_PROMPT__SEED);

		runEClass = createEClass(RUN);
		createEAttribute(runEClass, RUN__ID);
		createEReference(runEClass, RUN__EXPERIMENT);
		createEReference(runEClass, RUN__BASE_MODEL);
		createEReference(runEClass, RUN__DATASETS);
		createEReference(runEClass, RUN__MODELS);
		createEAttribute(runEClass, RUN__PROJECT_FOLDER);
		createEAttribute(runEClass, RUN__STATUS);
		createEAttribute(runEClass, RUN__MESSAGE);
		createEAttribute(runEClass, RUN__CREATED);
		createEAttribute(runEClass, RUN__STARTED);
		createEAttribute(runEClass, RUN__FINISHED);
		createEAttribute(runEClass, RUN__EXIT_CODE);
		createEAttribute(runEClass, RUN__PID);
		createEReference(runEClass, RUN__ENVIRONMENT);
		createEReference(runEClass, RUN__METRICS);
		createEAttribute(runEClass, RUN__ARTIFACTS);

		runEnvironmentEClass = createEClass(RUN_ENVIRONMENT);
		createEAttribute(runEnvironmentEClass, RUN_ENVIRONMENT__ATELIER_VERSION);
		createEAttribute(runEnvironmentEClass, RUN_ENVIRONMENT__JAVA_VERSION);
		createEAttribute(runEnvironmentEClass, RUN_ENVIRONMENT__OS);
		createEAttribute(runEnvironmentEClass, RUN_ENVIRONMENT__HOST_NAME);
		createEAttribute(runEnvironmentEClass, RUN_ENVIRONMENT__PROCESSORS);
		createEAttribute(runEnvironmentEClass, RUN_ENVIRONMENT__MAX_MEMORY);
		createEAttribute(runEnvironmentEClass, RUN_ENVIRONMENT__DEVICE);
		createEAttribute(runEnvironmentEClass, RUN_ENVIRONMENT__METHOD_BUNDLE);

		metricEClass = createEClass(METRIC);
		createEAttribute(metricEClass, METRIC__NAME);
		createEAttribute(metricEClass, METRIC__VALUE);

		// Create enums
		architectureEEnum = createEEnum(ARCHITECTURE);
		predictionTypeEEnum = createEEnum(PREDICTION_TYPE);
		subsetRoleEEnum = createEEnum(SUBSET_ROLE);
		precisionEEnum = createEEnum(PRECISION);
		embeddingFormatEEnum = createEEnum(EMBEDDING_FORMAT);
		runStatusEEnum = createEEnum(RUN_STATUS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(trainingProjectEClass, TrainingProject.class, "TrainingProject", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTrainingProject_Name(), ecorePackage.getEString(), "name", null, 1, 1, TrainingProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingProject_Description(), ecorePackage.getEString(), "description", null, 0, 1, TrainingProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrainingProject_BaseModels(), this.getBaseModel(), null, "baseModels", null, 0, -1, TrainingProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrainingProject_Datasets(), this.getDataset(), null, "datasets", null, 0, -1, TrainingProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(baseModelEClass, BaseModel.class, "BaseModel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBaseModel_Id(), ecorePackage.getEString(), "id", null, 1, 1, BaseModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBaseModel_Name(), ecorePackage.getEString(), "name", null, 0, 1, BaseModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBaseModel_Path(), ecorePackage.getEString(), "path", null, 1, 1, BaseModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBaseModel_Architecture(), this.getArchitecture(), "architecture", "UNKNOWN", 0, 1, BaseModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBaseModel_PredictionType(), this.getPredictionType(), "predictionType", "EPSILON", 0, 1, BaseModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBaseModel_Sha256(), ecorePackage.getEString(), "sha256", null, 0, 1, BaseModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(datasetEClass, Dataset.class, "Dataset", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDataset_Id(), ecorePackage.getEString(), "id", null, 1, 1, Dataset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataset_Name(), ecorePackage.getEString(), "name", null, 0, 1, Dataset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataset_Subsets(), this.getSubset(), null, "subsets", null, 0, -1, Dataset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataset_Resolution(), ecorePackage.getEInt(), "resolution", "512", 0, 1, Dataset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataset_CaptionExtension(), ecorePackage.getEString(), "captionExtension", ".txt", 0, 1, Dataset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataset_Captions(), this.getCaptionProcessing(), null, "captions", null, 1, 1, Dataset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataset_Buckets(), this.getBucketSpec(), null, "buckets", null, 1, 1, Dataset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataset_Flip(), ecorePackage.getEBoolean(), "flip", "false", 0, 1, Dataset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataset_RandomCrop(), ecorePackage.getEBoolean(), "randomCrop", "false", 0, 1, Dataset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(subsetEClass, Subset.class, "Subset", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSubset_Path(), ecorePackage.getEString(), "path", null, 1, 1, Subset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubset_Repeats(), ecorePackage.getEInt(), "repeats", "1", 0, 1, Subset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubset_Role(), this.getSubsetRole(), "role", "INSTANCE", 0, 1, Subset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubset_ClassTokens(), ecorePackage.getEString(), "classTokens", null, 0, 1, Subset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubset_LossWeight(), ecorePackage.getEDouble(), "lossWeight", "1.0", 0, 1, Subset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(captionProcessingEClass, CaptionProcessing.class, "CaptionProcessing", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCaptionProcessing_Shuffle(), ecorePackage.getEBoolean(), "shuffle", "false", 0, 1, CaptionProcessing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaptionProcessing_KeepTokens(), ecorePackage.getEInt(), "keepTokens", "0", 0, 1, CaptionProcessing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaptionProcessing_DropoutRate(), ecorePackage.getEDouble(), "dropoutRate", "0.0", 0, 1, CaptionProcessing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaptionProcessing_TagDropoutRate(), ecorePackage.getEDouble(), "tagDropoutRate", "0.0", 0, 1, CaptionProcessing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaptionProcessing_Prefix(), ecorePackage.getEString(), "prefix", null, 0, 1, CaptionProcessing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaptionProcessing_Suffix(), ecorePackage.getEString(), "suffix", null, 0, 1, CaptionProcessing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(bucketSpecEClass, BucketSpec.class, "BucketSpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBucketSpec_Enabled(), ecorePackage.getEBoolean(), "enabled", "true", 0, 1, BucketSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBucketSpec_MinResolution(), ecorePackage.getEInt(), "minResolution", "256", 0, 1, BucketSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBucketSpec_MaxResolution(), ecorePackage.getEInt(), "maxResolution", "1024", 0, 1, BucketSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBucketSpec_Step(), ecorePackage.getEInt(), "step", "64", 0, 1, BucketSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBucketSpec_NoUpscale(), ecorePackage.getEBoolean(), "noUpscale", "true", 0, 1, BucketSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(experimentEClass, Experiment.class, "Experiment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExperiment_Name(), ecorePackage.getEString(), "name", null, 1, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExperiment_Description(), ecorePackage.getEString(), "description", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExperiment_Method(), ecorePackage.getEString(), "method", null, 1, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_BaseModel(), this.getBaseModel(), null, "baseModel", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Datasets(), this.getDataset(), null, "datasets", null, 0, -1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Config(), this.getMethodConfig(), null, "config", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Sampling(), this.getSamplingSpec(), null, "sampling", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExperiment_Seed(), ecorePackage.getELong(), "seed", "42", 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(methodConfigEClass, MethodConfig.class, "MethodConfig", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(trainsInStepsEClass, TrainsInSteps.class, "TrainsInSteps", IS_ABSTRACT, IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTrainsInSteps_Steps(), ecorePackage.getEInt(), "steps", "500", 0, 1, TrainsInSteps.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(savesWeightsEClass, SavesWeights.class, "SavesWeights", IS_ABSTRACT, IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSavesWeights_OutputType(), this.getPrecision(), "outputType", "FP16", 0, 1, SavesWeights.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(savesEmbeddingEClass, SavesEmbedding.class, "SavesEmbedding", IS_ABSTRACT, IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSavesEmbedding_OutputFormat(), this.getEmbeddingFormat(), "outputFormat", "SAFETENSORS", 0, 1, SavesEmbedding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(samplingSpecEClass, SamplingSpec.class, "SamplingSpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSamplingSpec_Prompts(), this.getSamplePrompt(), null, "prompts", null, 0, -1, SamplingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSamplingSpec_EverySteps(), ecorePackage.getEInt(), "everySteps", "0", 0, 1, SamplingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSamplingSpec_SampleAtFirst(), ecorePackage.getEBoolean(), "sampleAtFirst", null, 0, 1, SamplingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSamplingSpec_Sampler(), ecorePackage.getEString(), "sampler", "Euler a", 0, 1, SamplingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSamplingSpec_Steps(), ecorePackage.getEInt(), "steps", "20", 0, 1, SamplingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSamplingSpec_CfgScale(), ecorePackage.getEDouble(), "cfgScale", "7.0", 0, 1, SamplingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSamplingSpec_Width(), ecorePackage.getEInt(), "width", "512", 0, 1, SamplingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSamplingSpec_Height(), ecorePackage.getEInt(), "height", "512", 0, 1, SamplingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(samplePromptEClass, SamplePrompt.class, "SamplePrompt", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSamplePrompt_Prompt(), ecorePackage.getEString(), "prompt", null, 1, 1, SamplePrompt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSamplePrompt_NegativePrompt(), ecorePackage.getEString(), "negativePrompt", null, 0, 1, SamplePrompt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSamplePrompt_Seed(), ecorePackage.getELong(), "seed", "-1", 0, 1, SamplePrompt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(runEClass, Run.class, "Run", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRun_Id(), ecorePackage.getEString(), "id", null, 1, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_Experiment(), this.getExperiment(), null, "experiment", null, 1, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_BaseModel(), this.getBaseModel(), null, "baseModel", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_Datasets(), this.getDataset(), null, "datasets", null, 0, -1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_Models(), this.getBaseModel(), null, "models", null, 0, -1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_ProjectFolder(), ecorePackage.getEString(), "projectFolder", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_Status(), this.getRunStatus(), "status", "QUEUED", 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_Message(), ecorePackage.getEString(), "message", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_Created(), ecorePackage.getEDate(), "created", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_Started(), ecorePackage.getEDate(), "started", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_Finished(), ecorePackage.getEDate(), "finished", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_ExitCode(), ecorePackage.getEIntegerObject(), "exitCode", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_Pid(), ecorePackage.getELong(), "pid", "0", 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_Environment(), this.getRunEnvironment(), null, "environment", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_Metrics(), this.getMetric(), null, "metrics", null, 0, -1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_Artifacts(), ecorePackage.getEString(), "artifacts", null, 0, -1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(runEnvironmentEClass, RunEnvironment.class, "RunEnvironment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRunEnvironment_AtelierVersion(), ecorePackage.getEString(), "atelierVersion", null, 0, 1, RunEnvironment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunEnvironment_JavaVersion(), ecorePackage.getEString(), "javaVersion", null, 0, 1, RunEnvironment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunEnvironment_Os(), ecorePackage.getEString(), "os", null, 0, 1, RunEnvironment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunEnvironment_HostName(), ecorePackage.getEString(), "hostName", null, 0, 1, RunEnvironment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunEnvironment_Processors(), ecorePackage.getEInt(), "processors", null, 0, 1, RunEnvironment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunEnvironment_MaxMemory(), ecorePackage.getELong(), "maxMemory", null, 0, 1, RunEnvironment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunEnvironment_Device(), ecorePackage.getEString(), "device", null, 0, 1, RunEnvironment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunEnvironment_MethodBundle(), ecorePackage.getEString(), "methodBundle", null, 0, 1, RunEnvironment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(metricEClass, Metric.class, "Metric", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMetric_Name(), ecorePackage.getEString(), "name", null, 1, 1, Metric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetric_Value(), ecorePackage.getEDouble(), "value", null, 0, 1, Metric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(architectureEEnum, Architecture.class, "Architecture");
		addEEnumLiteral(architectureEEnum, Architecture.UNKNOWN);
		addEEnumLiteral(architectureEEnum, Architecture.SD1);
		addEEnumLiteral(architectureEEnum, Architecture.SD2);
		addEEnumLiteral(architectureEEnum, Architecture.SDXL);
		addEEnumLiteral(architectureEEnum, Architecture.SDXL_REFINER);

		initEEnum(predictionTypeEEnum, PredictionType.class, "PredictionType");
		addEEnumLiteral(predictionTypeEEnum, PredictionType.EPSILON);
		addEEnumLiteral(predictionTypeEEnum, PredictionType.VPREDICTION);

		initEEnum(subsetRoleEEnum, SubsetRole.class, "SubsetRole");
		addEEnumLiteral(subsetRoleEEnum, SubsetRole.INSTANCE);
		addEEnumLiteral(subsetRoleEEnum, SubsetRole.REGULARISATION);
		addEEnumLiteral(subsetRoleEEnum, SubsetRole.VALIDATION);

		initEEnum(precisionEEnum, Precision.class, "Precision");
		addEEnumLiteral(precisionEEnum, Precision.FP16);
		addEEnumLiteral(precisionEEnum, Precision.BF16);
		addEEnumLiteral(precisionEEnum, Precision.FP32);
		addEEnumLiteral(precisionEEnum, Precision.KEEP);

		initEEnum(embeddingFormatEEnum, EmbeddingFormat.class, "EmbeddingFormat");
		addEEnumLiteral(embeddingFormatEEnum, EmbeddingFormat.SAFETENSORS);
		addEEnumLiteral(embeddingFormatEEnum, EmbeddingFormat.A1111_PT);
		addEEnumLiteral(embeddingFormatEEnum, EmbeddingFormat.DIFFUSERS);

		initEEnum(runStatusEEnum, RunStatus.class, "RunStatus");
		addEEnumLiteral(runStatusEEnum, RunStatus.QUEUED);
		addEEnumLiteral(runStatusEEnum, RunStatus.RUNNING);
		addEEnumLiteral(runStatusEEnum, RunStatus.SUCCEEDED);
		addEEnumLiteral(runStatusEEnum, RunStatus.FAILED);
		addEEnumLiteral(runStatusEEnum, RunStatus.CANCELLED);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/GenModel
		createGenModelAnnotations();
		// http://atelier.org/ui
		createUiAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/GenModel</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createGenModelAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/GenModel";
		addAnnotation
		  (this,
		   source,
		   new String[] {
			   "documentation", "Training projects, their base models, datasets and experiments, and the runs made from them."
		   });
		addAnnotation
		  (trainingProjectEClass,
		   source,
		   new String[] {
			   "documentation", "A training project: lives in a folder as project.atelier; its experiments are the files in experiments/, its runs the folders in runs/."
		   });
		addAnnotation
		  (baseModelEClass,
		   source,
		   new String[] {
			   "documentation", "A checkpoint (single file or diffusers folder) and what was detected about it."
		   });
		addAnnotation
		  (datasetEClass,
		   source,
		   new String[] {
			   "documentation", "Image folders with captions (subsets), and how they are turned into training batches."
		   });
		addAnnotation
		  (subsetEClass,
		   source,
		   new String[] {
			   "documentation", "One image folder of a dataset (a kohya concept folder such as 10_mycat)."
		   });
		addAnnotation
		  (experimentEClass,
		   source,
		   new String[] {
			   "documentation", "A method, a base model, datasets and the method\'s configuration: one file in the project\'s experiments/ folder."
		   });
		addAnnotation
		  (getExperiment_Method(),
		   source,
		   new String[] {
			   "documentation", "The id of the method contribution (extension point org.atelier.core.methods) that runs this experiment."
		   });
		addAnnotation
		  (methodConfigEClass,
		   source,
		   new String[] {
			   "documentation", "The hyperparameters of one method: each method subclasses this in its own EPackage (it is concrete so that dynamic EPackages can subclass it). Annotations with source http://atelier.org/ui on its attributes (label, help, min, max, group) drive the form and the validation. Settings several methods share are declared once, in the interfaces below (TrainsInSteps, SavesWeights, SavesEmbedding), which a method\'s configuration also extends: the workbench reads and sets them through those."
		   });
		addAnnotation
		  (trainsInStepsEClass,
		   source,
		   new String[] {
			   "documentation", "A method whose run takes a known number of steps: the Run view counts them."
		   });
		addAnnotation
		  (savesWeightsEClass,
		   source,
		   new String[] {
			   "documentation", "A method that writes weights (a LoRA, a merged checkpoint): the precision it saves them in, which new experiments take from the user\'s preferences."
		   });
		addAnnotation
		  (savesEmbeddingEClass,
		   source,
		   new String[] {
			   "documentation", "A method that writes a textual-inversion embedding: the file format, which new experiments take from the user\'s preferences."
		   });
		addAnnotation
		  (runEClass,
		   source,
		   new String[] {
			   "documentation", "One execution of an experiment: run.xmi in its run folder. It holds a self-contained snapshot of the experiment, its base model and datasets as they were at launch."
		   });
		addAnnotation
		  (getRun_Models(),
		   source,
		   new String[] {
			   "documentation", "The other base models the configuration refers to (a merge\'s models B and C), copied like the base model."
		   });
		addAnnotation
		  (getRun_Artifacts(),
		   source,
		   new String[] {
			   "documentation", "Files the run produced, relative to the run folder."
		   });
	}

	/**
	 * Initializes the annotations for <b>http://atelier.org/ui</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createUiAnnotations() {
		String source = "http://atelier.org/ui";
		addAnnotation
		  (getBaseModel_Path(),
		   source,
		   new String[] {
			   "help", "The checkpoint file or diffusers folder, relative to the project folder or absolute."
		   });
		addAnnotation
		  (getDataset_Resolution(),
		   source,
		   new String[] {
			   "min", "64",
			   "max", "4096",
			   "help", "Training resolution in pixels (the side of a square of the same area)."
		   });
		addAnnotation
		  (getSubset_Repeats(),
		   source,
		   new String[] {
			   "min", "1",
			   "max", "10000"
		   });
		addAnnotation
		  (getSubset_LossWeight(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "100"
		   });
		addAnnotation
		  (getCaptionProcessing_KeepTokens(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "75"
		   });
		addAnnotation
		  (getCaptionProcessing_DropoutRate(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1"
		   });
		addAnnotation
		  (getCaptionProcessing_TagDropoutRate(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1"
		   });
		addAnnotation
		  (getBucketSpec_MinResolution(),
		   source,
		   new String[] {
			   "min", "64",
			   "max", "4096"
		   });
		addAnnotation
		  (getBucketSpec_MaxResolution(),
		   source,
		   new String[] {
			   "min", "64",
			   "max", "4096"
		   });
		addAnnotation
		  (getBucketSpec_Step(),
		   source,
		   new String[] {
			   "min", "8",
			   "max", "512"
		   });
		addAnnotation
		  (getTrainsInSteps_Steps(),
		   source,
		   new String[] {
			   "group", "Training",
			   "label", "Steps",
			   "min", "1",
			   "max", "1000000",
			   "help", "Optimizer steps to train (each of batch size \u00d7 gradient accumulation images)."
		   });
		addAnnotation
		  (getSavesWeights_OutputType(),
		   source,
		   new String[] {
			   "group", "Output",
			   "label", "Precision",
			   "help", "The element type of the saved weights: fp16, bf16 or fp32, or KEEP: the base model\'s own (a merge keeps each of A\'s tensors\' types, a LoRA takes the type of the base model\'s UNet)."
		   });
		addAnnotation
		  (getSavesEmbedding_OutputFormat(),
		   source,
		   new String[] {
			   "group", "Output",
			   "label", "Saved as",
			   "help", "kohya\'s safetensors (emb_params; SDXL clip_l and clip_g), AUTOMATIC1111\'s .pt (string_to_param), or diffusers\' learned_embeds.safetensors ({token: vectors})."
		   });
		addAnnotation
		  (getSamplingSpec_EverySteps(),
		   source,
		   new String[] {
			   "min", "0",
			   "help", "Make samples every this many steps; 0 for none."
		   });
		addAnnotation
		  (getSamplingSpec_SampleAtFirst(),
		   source,
		   new String[] {
			   "help", "Also make the samples before the first step (kohya\'s --sample_at_first): what the model drew before it trained, beside what it draws after."
		   });
		addAnnotation
		  (getSamplingSpec_Steps(),
		   source,
		   new String[] {
			   "min", "1",
			   "max", "1000"
		   });
		addAnnotation
		  (getSamplingSpec_CfgScale(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "30"
		   });
		addAnnotation
		  (getSamplingSpec_Width(),
		   source,
		   new String[] {
			   "min", "64",
			   "max", "4096"
		   });
		addAnnotation
		  (getSamplingSpec_Height(),
		   source,
		   new String[] {
			   "min", "64",
			   "max", "4096"
		   });
	}

} //AtelierPackageImpl
