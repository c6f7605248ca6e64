/**
 */
package org.atelier.methods.finetune.model.impl;

import org.atelier.core.model.AtelierPackage;

import org.atelier.methods.finetune.model.CheckpointFormat;
import org.atelier.methods.finetune.model.FineTuneConfig;
import org.atelier.methods.finetune.model.FineTuneFactory;
import org.atelier.methods.finetune.model.FineTunePackage;
import org.atelier.methods.finetune.model.TrainedParts;

import org.atelier.training.model.TrainingPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class FineTunePackageImpl extends EPackageImpl implements FineTunePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fineTuneConfigEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum trainedPartsEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum checkpointFormatEEnum = null;

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
	 * @see org.atelier.methods.finetune.model.FineTunePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private FineTunePackageImpl() {
		super(eNS_URI, FineTuneFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link FineTunePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static FineTunePackage init() {
		if (isInited) return (FineTunePackage)EPackage.Registry.INSTANCE.getEPackage(FineTunePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredFineTunePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		FineTunePackageImpl theFineTunePackage = registeredFineTunePackage instanceof FineTunePackageImpl ? (FineTunePackageImpl)registeredFineTunePackage : new FineTunePackageImpl();

		isInited = true;

		// Initialize simple dependencies
		TrainingPackage.eINSTANCE.eClass();
		AtelierPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theFineTunePackage.createPackageContents();

		// Initialize created meta-data
		theFineTunePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theFineTunePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(FineTunePackage.eNS_URI, theFineTunePackage);
		return theFineTunePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFineTuneConfig() {
		return fineTuneConfigEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFineTuneConfig_Trains() {
		return (EAttribute)fineTuneConfigEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFineTuneConfig_IncludePattern() {
		return (EAttribute)fineTuneConfigEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFineTuneConfig_ExcludePattern() {
		return (EAttribute)fineTuneConfigEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFineTuneConfig_TextEncoderLearningRate() {
		return (EAttribute)fineTuneConfigEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFineTuneConfig_TextEncoderSteps() {
		return (EAttribute)fineTuneConfigEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFineTuneConfig_OutputFormat() {
		return (EAttribute)fineTuneConfigEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFineTuneConfig_OutputName() {
		return (EAttribute)fineTuneConfigEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTrainedParts() {
		return trainedPartsEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCheckpointFormat() {
		return checkpointFormatEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FineTuneFactory getFineTuneFactory() {
		return (FineTuneFactory)getEFactoryInstance();
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
		fineTuneConfigEClass = createEClass(FINE_TUNE_CONFIG);
		createEAttribute(fineTuneConfigEClass, FINE_TUNE_CONFIG__TRAINS);
		createEAttribute(fineTuneConfigEClass, FINE_TUNE_CONFIG__INCLUDE_PATTERN);
		createEAttribute(fineTuneConfigEClass, FINE_TUNE_CONFIG__EXCLUDE_PATTERN);
		createEAttribute(fineTuneConfigEClass, FINE_TUNE_CONFIG__TEXT_ENCODER_LEARNING_RATE);
		createEAttribute(fineTuneConfigEClass, FINE_TUNE_CONFIG__TEXT_ENCODER_STEPS);
		createEAttribute(fineTuneConfigEClass, FINE_TUNE_CONFIG__OUTPUT_FORMAT);
		createEAttribute(fineTuneConfigEClass, FINE_TUNE_CONFIG__OUTPUT_NAME);

		// Create enums
		trainedPartsEEnum = createEEnum(TRAINED_PARTS);
		checkpointFormatEEnum = createEEnum(CHECKPOINT_FORMAT);
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

		// Obtain other dependent packages
		TrainingPackage theTrainingPackage = (TrainingPackage)EPackage.Registry.INSTANCE.getEPackage(TrainingPackage.eNS_URI);
		AtelierPackage theAtelierPackage = (AtelierPackage)EPackage.Registry.INSTANCE.getEPackage(AtelierPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		fineTuneConfigEClass.getESuperTypes().add(theTrainingPackage.getTrainingConfig());
		fineTuneConfigEClass.getESuperTypes().add(theAtelierPackage.getSavesWeights());

		// Initialize classes, features, and operations; add parameters
		initEClass(fineTuneConfigEClass, FineTuneConfig.class, "FineTuneConfig", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFineTuneConfig_Trains(), this.getTrainedParts(), "trains", "UNET", 0, 1, FineTuneConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFineTuneConfig_IncludePattern(), ecorePackage.getEString(), "includePattern", "model\\.diffusion_model\\.(middle_block|output_blocks)\\.", 0, 1, FineTuneConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFineTuneConfig_ExcludePattern(), ecorePackage.getEString(), "excludePattern", "", 0, 1, FineTuneConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFineTuneConfig_TextEncoderLearningRate(), ecorePackage.getEDouble(), "textEncoderLearningRate", "0.0", 0, 1, FineTuneConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFineTuneConfig_TextEncoderSteps(), ecorePackage.getEInt(), "textEncoderSteps", "0", 0, 1, FineTuneConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFineTuneConfig_OutputFormat(), this.getCheckpointFormat(), "outputFormat", "SAFETENSORS", 0, 1, FineTuneConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFineTuneConfig_OutputName(), ecorePackage.getEString(), "outputName", "finetuned", 0, 1, FineTuneConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(trainedPartsEEnum, TrainedParts.class, "TrainedParts");
		addEEnumLiteral(trainedPartsEEnum, TrainedParts.UNET);
		addEEnumLiteral(trainedPartsEEnum, TrainedParts.UNET_AND_TEXT_ENCODER);
		addEEnumLiteral(trainedPartsEEnum, TrainedParts.PATTERN);

		initEEnum(checkpointFormatEEnum, CheckpointFormat.class, "CheckpointFormat");
		addEEnumLiteral(checkpointFormatEEnum, CheckpointFormat.SAFETENSORS);
		addEEnumLiteral(checkpointFormatEEnum, CheckpointFormat.CKPT);
		addEEnumLiteral(checkpointFormatEEnum, CheckpointFormat.DIFFUSERS);

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
		  (fineTuneConfigEClass,
		   source,
		   new String[] {
			   "documentation", "Full-weight training: what trains, and the checkpoint it writes."
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
		  (fineTuneConfigEClass,
		   source,
		   new String[] {
			   "defaults", "learningRate=1e-5; weightDecay=0.01; outputType=KEEP"
		   });
		addAnnotation
		  (getFineTuneConfig_Trains(),
		   source,
		   new String[] {
			   "group", "Fine-tuning",
			   "label", "What trains",
			   "help", "The UNet; the UNet and the text encoder(s); or the tensors whose checkpoint keys match a pattern. Everything else stays as the base model has it."
		   });
		addAnnotation
		  (getFineTuneConfig_IncludePattern(),
		   source,
		   new String[] {
			   "shownWhen", "trains=PATTERN",
			   "group", "Fine-tuning",
			   "label", "Trained keys (regular expression)",
			   "help", "The tensors that train: those whose keys in the checkpoint (ldm layout, as atelier inspect --tensors lists them) contain a match, e.g. model\\.diffusion_model\\.output_blocks\\. for the UNet\'s decoder, or \\.attn2\\. for its cross-attention."
		   });
		addAnnotation
		  (getFineTuneConfig_ExcludePattern(),
		   source,
		   new String[] {
			   "group", "Fine-tuning",
			   "label", "Frozen keys (regular expression)",
			   "help", "Tensors whose keys contain a match stay frozen whatever else trains (e.g. \\.norm for the normalisations); empty for none."
		   });
		addAnnotation
		  (getFineTuneConfig_TextEncoderLearningRate(),
		   source,
		   new String[] {
			   "shownWhen", "trains=UNET_AND_TEXT_ENCODER",
			   "group", "Fine-tuning",
			   "label", "Text encoder learning rate",
			   "min", "0",
			   "max", "1",
			   "help", "The text encoder\'s rate (0: the same as the UNet\'s); it follows the same schedule. kohya\'s learning_rate_te."
		   });
		addAnnotation
		  (getFineTuneConfig_TextEncoderSteps(),
		   source,
		   new String[] {
			   "shownWhen", "trains=UNET_AND_TEXT_ENCODER",
			   "group", "Fine-tuning",
			   "label", "Text encoder trains for (steps)",
			   "min", "0",
			   "max", "1000000",
			   "help", "The text encoder trains for the first N steps only, then stays as it is (kohya\'s stop_text_encoder_training); 0 for the whole run."
		   });
		addAnnotation
		  (getFineTuneConfig_OutputFormat(),
		   source,
		   new String[] {
			   "group", "Output",
			   "label", "Saved as",
			   "help", "A single-file checkpoint (safetensors or a PyTorch .ckpt, in the ldm layout AUTOMATIC1111 and ComfyUI load), or a diffusers folder."
		   });
		addAnnotation
		  (getFineTuneConfig_OutputName(),
		   source,
		   new String[] {
			   "group", "Output",
			   "label", "File name",
			   "help", "The checkpoint\'s file name, without its extension; also its id among the project\'s base models."
		   });
	}

} //FineTunePackageImpl
