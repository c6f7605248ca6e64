/**
 */
package org.atelier.methods.customdiffusion.model.impl;

import org.atelier.core.model.AtelierPackage;

import org.atelier.methods.customdiffusion.model.CustomDiffusionConfig;
import org.atelier.methods.customdiffusion.model.CustomDiffusionFactory;
import org.atelier.methods.customdiffusion.model.CustomDiffusionPackage;
import org.atelier.methods.customdiffusion.model.TrainedProjections;

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
public class CustomDiffusionPackageImpl extends EPackageImpl implements CustomDiffusionPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass customDiffusionConfigEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum trainedProjectionsEEnum = null;

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
	 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private CustomDiffusionPackageImpl() {
		super(eNS_URI, CustomDiffusionFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link CustomDiffusionPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static CustomDiffusionPackage init() {
		if (isInited) return (CustomDiffusionPackage)EPackage.Registry.INSTANCE.getEPackage(CustomDiffusionPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredCustomDiffusionPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		CustomDiffusionPackageImpl theCustomDiffusionPackage = registeredCustomDiffusionPackage instanceof CustomDiffusionPackageImpl ? (CustomDiffusionPackageImpl)registeredCustomDiffusionPackage : new CustomDiffusionPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		TrainingPackage.eINSTANCE.eClass();
		AtelierPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theCustomDiffusionPackage.createPackageContents();

		// Initialize created meta-data
		theCustomDiffusionPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theCustomDiffusionPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(CustomDiffusionPackage.eNS_URI, theCustomDiffusionPackage);
		return theCustomDiffusionPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCustomDiffusionConfig() {
		return customDiffusionConfigEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomDiffusionConfig_ModifierToken() {
		return (EAttribute)customDiffusionConfigEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomDiffusionConfig_InitializerToken() {
		return (EAttribute)customDiffusionConfigEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomDiffusionConfig_InstancePrompt() {
		return (EAttribute)customDiffusionConfigEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomDiffusionConfig_UseCaptions() {
		return (EAttribute)customDiffusionConfigEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomDiffusionConfig_Trains() {
		return (EAttribute)customDiffusionConfigEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomDiffusionConfig_PriorPreservation() {
		return (EAttribute)customDiffusionConfigEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomDiffusionConfig_ClassPrompt() {
		return (EAttribute)customDiffusionConfigEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomDiffusionConfig_ClassImages() {
		return (EAttribute)customDiffusionConfigEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomDiffusionConfig_PriorLossWeight() {
		return (EAttribute)customDiffusionConfigEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomDiffusionConfig_ClassNegativePrompt() {
		return (EAttribute)customDiffusionConfigEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomDiffusionConfig_ClassSampler() {
		return (EAttribute)customDiffusionConfigEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomDiffusionConfig_ClassSteps() {
		return (EAttribute)customDiffusionConfigEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomDiffusionConfig_ClassCfgScale() {
		return (EAttribute)customDiffusionConfigEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomDiffusionConfig_ClassSeed() {
		return (EAttribute)customDiffusionConfigEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomDiffusionConfig_ExportDiff() {
		return (EAttribute)customDiffusionConfigEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomDiffusionConfig_ExportCheckpoint() {
		return (EAttribute)customDiffusionConfigEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomDiffusionConfig_OutputName() {
		return (EAttribute)customDiffusionConfigEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTrainedProjections() {
		return trainedProjectionsEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomDiffusionFactory getCustomDiffusionFactory() {
		return (CustomDiffusionFactory)getEFactoryInstance();
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
		customDiffusionConfigEClass = createEClass(CUSTOM_DIFFUSION_CONFIG);
		createEAttribute(customDiffusionConfigEClass, CUSTOM_DIFFUSION_CONFIG__MODIFIER_TOKEN);
		createEAttribute(customDiffusionConfigEClass, CUSTOM_DIFFUSION_CONFIG__INITIALIZER_TOKEN);
		createEAttribute(customDiffusionConfigEClass, CUSTOM_DIFFUSION_CONFIG__INSTANCE_PROMPT);
		createEAttribute(customDiffusionConfigEClass, CUSTOM_DIFFUSION_CONFIG__USE_CAPTIONS);
		createEAttribute(customDiffusionConfigEClass, CUSTOM_DIFFUSION_CONFIG__TRAINS);
		createEAttribute(customDiffusionConfigEClass, CUSTOM_DIFFUSION_CONFIG__PRIOR_PRESERVATION);
		createEAttribute(customDiffusionConfigEClass, CUSTOM_DIFFUSION_CONFIG__CLASS_PROMPT);
		createEAttribute(customDiffusionConfigEClass, CUSTOM_DIFFUSION_CONFIG__CLASS_IMAGES);
		createEAttribute(customDiffusionConfigEClass, CUSTOM_DIFFUSION_CONFIG__PRIOR_LOSS_WEIGHT);
		createEAttribute(customDiffusionConfigEClass, CUSTOM_DIFFUSION_CONFIG__CLASS_NEGATIVE_PROMPT);
		createEAttribute(customDiffusionConfigEClass, CUSTOM_DIFFUSION_CONFIG__CLASS_SAMPLER);
		createEAttribute(customDiffusionConfigEClass, CUSTOM_DIFFUSION_CONFIG__CLASS_STEPS);
		createEAttribute(customDiffusionConfigEClass, CUSTOM_DIFFUSION_CONFIG__CLASS_CFG_SCALE);
		createEAttribute(customDiffusionConfigEClass, CUSTOM_DIFFUSION_CONFIG__CLASS_SEED);
		createEAttribute(customDiffusionConfigEClass, CUSTOM_DIFFUSION_CONFIG__EXPORT_DIFF);
		createEAttribute(customDiffusionConfigEClass, CUSTOM_DIFFUSION_CONFIG__EXPORT_CHECKPOINT);
		createEAttribute(customDiffusionConfigEClass, CUSTOM_DIFFUSION_CONFIG__OUTPUT_NAME);

		// Create enums
		trainedProjectionsEEnum = createEEnum(TRAINED_PROJECTIONS);
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
		customDiffusionConfigEClass.getESuperTypes().add(theTrainingPackage.getTrainingConfig());
		customDiffusionConfigEClass.getESuperTypes().add(theAtelierPackage.getSavesWeights());

		// Initialize classes, features, and operations; add parameters
		initEClass(customDiffusionConfigEClass, CustomDiffusionConfig.class, "CustomDiffusionConfig", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCustomDiffusionConfig_ModifierToken(), ecorePackage.getEString(), "modifierToken", "<new1>", 0, 1, CustomDiffusionConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomDiffusionConfig_InitializerToken(), ecorePackage.getEString(), "initializerToken", "ktn+pll+ucd", 0, 1, CustomDiffusionConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomDiffusionConfig_InstancePrompt(), ecorePackage.getEString(), "instancePrompt", "photo of a <new1> cat", 0, 1, CustomDiffusionConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomDiffusionConfig_UseCaptions(), ecorePackage.getEBoolean(), "useCaptions", "false", 0, 1, CustomDiffusionConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomDiffusionConfig_Trains(), this.getTrainedProjections(), "trains", "crossattn_kv", 0, 1, CustomDiffusionConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomDiffusionConfig_PriorPreservation(), ecorePackage.getEBoolean(), "priorPreservation", "true", 0, 1, CustomDiffusionConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomDiffusionConfig_ClassPrompt(), ecorePackage.getEString(), "classPrompt", "cat", 0, 1, CustomDiffusionConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomDiffusionConfig_ClassImages(), ecorePackage.getEInt(), "classImages", "200", 0, 1, CustomDiffusionConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomDiffusionConfig_PriorLossWeight(), ecorePackage.getEDouble(), "priorLossWeight", "1.0", 0, 1, CustomDiffusionConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomDiffusionConfig_ClassNegativePrompt(), ecorePackage.getEString(), "classNegativePrompt", "", 0, 1, CustomDiffusionConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomDiffusionConfig_ClassSampler(), ecorePackage.getEString(), "classSampler", "euler-a", 0, 1, CustomDiffusionConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomDiffusionConfig_ClassSteps(), ecorePackage.getEInt(), "classSteps", "30", 0, 1, CustomDiffusionConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomDiffusionConfig_ClassCfgScale(), ecorePackage.getEDouble(), "classCfgScale", "7.0", 0, 1, CustomDiffusionConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomDiffusionConfig_ClassSeed(), ecorePackage.getELong(), "classSeed", "0", 0, 1, CustomDiffusionConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomDiffusionConfig_ExportDiff(), ecorePackage.getEBoolean(), "exportDiff", "true", 0, 1, CustomDiffusionConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomDiffusionConfig_ExportCheckpoint(), ecorePackage.getEBoolean(), "exportCheckpoint", "false", 0, 1, CustomDiffusionConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomDiffusionConfig_OutputName(), ecorePackage.getEString(), "outputName", "custom-diffusion", 0, 1, CustomDiffusionConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(trainedProjectionsEEnum, TrainedProjections.class, "TrainedProjections");
		addEEnumLiteral(trainedProjectionsEEnum, TrainedProjections.CROSSATTN_KV);
		addEEnumLiteral(trainedProjectionsEEnum, TrainedProjections.CROSSATTN);

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
		  (customDiffusionConfigEClass,
		   source,
		   new String[] {
			   "documentation", "Custom Diffusion (Kumari et al.), as diffusers trains it: the cross-attention\'s keys and values (or all its projections) and a modifier token per concept, with prior preservation."
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
		  (customDiffusionConfigEClass,
		   source,
		   new String[] {
			   "defaults", "learningRate=1e-5; weightDecay=0.01; steps=250; batchSize=2; maxGradNorm=1; outputType=FP32"
		   });
		addAnnotation
		  (getCustomDiffusionConfig_ModifierToken(),
		   source,
		   new String[] {
			   "required", "true",
			   "group", "Concepts",
			   "label", "Modifier tokens",
			   "help", "The new words, one per concept, joined by + (diffusers\' modifier_token: <new1>+<new2>); each is added to the vocabulary and its embedding trains with the attention."
		   });
		addAnnotation
		  (getCustomDiffusionConfig_InitializerToken(),
		   source,
		   new String[] {
			   "required", "true",
			   "group", "Concepts",
			   "label", "Initializer tokens",
			   "help", "The words each modifier token\'s embedding starts from, in order, joined by + (diffusers\' initializer_token; its default picks rare tokens); the first token of each is taken."
		   });
		addAnnotation
		  (getCustomDiffusionConfig_InstancePrompt(),
		   source,
		   new String[] {
			   "required", "true",
			   "group", "Concepts",
			   "label", "Instance prompts",
			   "help", "The prompt of each concept\'s images, one per dataset in the experiment\'s order, joined by + (diffusers\' instance_prompt of each concept): the class named with its modifier token."
		   });
		addAnnotation
		  (getCustomDiffusionConfig_UseCaptions(),
		   source,
		   new String[] {
			   "group", "Concepts",
			   "label", "Use the images\' captions",
			   "help", "Images with a caption file train on their caption (which should name the modifier token), the others on their concept\'s instance prompt."
		   });
		addAnnotation
		  (getCustomDiffusionConfig_Trains(),
		   source,
		   new String[] {
			   "group", "Custom Diffusion",
			   "label", "Trains",
			   "help", "What of the cross-attention trains beside the tokens: its keys and values (diffusers\' freeze_model crossattn_kv, the paper\'s choice), or all its projections (crossattn: queries and output too)."
		   });
		addAnnotation
		  (getCustomDiffusionConfig_PriorPreservation(),
		   source,
		   new String[] {
			   "benchmark", "false",
			   "group", "Prior preservation",
			   "label", "Prior preservation",
			   "help", "Train on class images beside each concept\'s, so that the class keeps its looks (diffusers\' with_prior_preservation)."
		   });
		addAnnotation
		  (getCustomDiffusionConfig_ClassPrompt(),
		   source,
		   new String[] {
			   "shownWhen", "priorPreservation=true",
			   "group", "Prior preservation",
			   "label", "Class prompts",
			   "help", "The class of each concept, one per dataset, joined by + (diffusers\' class_prompt): the class images are made from it by the base model."
		   });
		addAnnotation
		  (getCustomDiffusionConfig_ClassImages(),
		   source,
		   new String[] {
			   "shownWhen", "priorPreservation=true",
			   "min", "1",
			   "max", "100000",
			   "group", "Prior preservation",
			   "label", "Class images",
			   "help", "How many class images of each class the base model makes before training (once: later runs with the same model and settings reuse them)."
		   });
		addAnnotation
		  (getCustomDiffusionConfig_PriorLossWeight(),
		   source,
		   new String[] {
			   "shownWhen", "priorPreservation=true",
			   "min", "0",
			   "max", "100",
			   "group", "Prior preservation",
			   "label", "Prior loss weight",
			   "help", "The weight of the class images\' loss against the concepts\' (diffusers\' prior_loss_weight)."
		   });
		addAnnotation
		  (getCustomDiffusionConfig_ClassNegativePrompt(),
		   source,
		   new String[] {
			   "shownWhen", "priorPreservation=true",
			   "group", "Prior preservation",
			   "label", "Class images\' negative prompt"
		   });
		addAnnotation
		  (getCustomDiffusionConfig_ClassSampler(),
		   source,
		   new String[] {
			   "shownWhen", "priorPreservation=true",
			   "group", "Prior preservation",
			   "label", "Class images\' sampler",
			   "help", "euler, euler-a, dpmpp-2m, dpmpp-2m-karras or ddim."
		   });
		addAnnotation
		  (getCustomDiffusionConfig_ClassSteps(),
		   source,
		   new String[] {
			   "shownWhen", "priorPreservation=true",
			   "min", "1",
			   "max", "1000",
			   "group", "Prior preservation",
			   "label", "Class images\' sampling steps"
		   });
		addAnnotation
		  (getCustomDiffusionConfig_ClassCfgScale(),
		   source,
		   new String[] {
			   "shownWhen", "priorPreservation=true",
			   "min", "0",
			   "max", "30",
			   "group", "Prior preservation",
			   "label", "Class images\' guidance scale"
		   });
		addAnnotation
		  (getCustomDiffusionConfig_ClassSeed(),
		   source,
		   new String[] {
			   "shownWhen", "priorPreservation=true",
			   "min", "0",
			   "max", "2147483647",
			   "group", "Prior preservation",
			   "label", "Class images\' seed",
			   "help", "Image i takes this seed plus i."
		   });
		addAnnotation
		  (getCustomDiffusionConfig_ExportDiff(),
		   source,
		   new String[] {
			   "group", "Output",
			   "label", "As a LoRA-style module too",
			   "help", "Also write what AUTOMATIC1111 and ComfyUI load, which have no Custom Diffusion loader: the weights\' differences as a .diff module (loaded as a LoRA) and each token as an embedding (.pt, named as the token without its brackets)."
		   });
		addAnnotation
		  (getCustomDiffusionConfig_ExportCheckpoint(),
		   source,
		   new String[] {
			   "group", "Output",
			   "label", "Merged into a checkpoint too",
			   "help", "Also write the base model with the trained weights in it, as a single-file checkpoint in the precision asked for (KEEP: the base\'s types); the tokens stay embeddings."
		   });
		addAnnotation
		  (getCustomDiffusionConfig_OutputName(),
		   source,
		   new String[] {
			   "group", "Output",
			   "label", "Output name",
			   "help", "The folder of diffusers\' files (pytorch_custom_diffusion_weights.safetensors and a <token>.safetensors per token) under the run\'s output/, and the exports\' file name."
		   });
	}

} //CustomDiffusionPackageImpl
