/**
 */
package org.atelier.methods.dreambooth.model.impl;

import org.atelier.core.model.AtelierPackage;

import org.atelier.methods.dreambooth.model.DreamBoothConfig;
import org.atelier.methods.dreambooth.model.DreamBoothFactory;
import org.atelier.methods.dreambooth.model.DreamBoothPackage;

import org.atelier.methods.finetune.model.FineTunePackage;

import org.atelier.training.model.TrainingPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class DreamBoothPackageImpl extends EPackageImpl implements DreamBoothPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dreamBoothConfigEClass = null;

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
	 * @see org.atelier.methods.dreambooth.model.DreamBoothPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private DreamBoothPackageImpl() {
		super(eNS_URI, DreamBoothFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link DreamBoothPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static DreamBoothPackage init() {
		if (isInited) return (DreamBoothPackage)EPackage.Registry.INSTANCE.getEPackage(DreamBoothPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredDreamBoothPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		DreamBoothPackageImpl theDreamBoothPackage = registeredDreamBoothPackage instanceof DreamBoothPackageImpl ? (DreamBoothPackageImpl)registeredDreamBoothPackage : new DreamBoothPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		FineTunePackage.eINSTANCE.eClass();
		AtelierPackage.eINSTANCE.eClass();
		TrainingPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theDreamBoothPackage.createPackageContents();

		// Initialize created meta-data
		theDreamBoothPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theDreamBoothPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(DreamBoothPackage.eNS_URI, theDreamBoothPackage);
		return theDreamBoothPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDreamBoothConfig() {
		return dreamBoothConfigEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDreamBoothConfig_InstancePrompt() {
		return (EAttribute)dreamBoothConfigEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDreamBoothConfig_UseCaptions() {
		return (EAttribute)dreamBoothConfigEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDreamBoothConfig_ClassPrompt() {
		return (EAttribute)dreamBoothConfigEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDreamBoothConfig_PriorPreservation() {
		return (EAttribute)dreamBoothConfigEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDreamBoothConfig_ClassImages() {
		return (EAttribute)dreamBoothConfigEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDreamBoothConfig_PriorLossWeight() {
		return (EAttribute)dreamBoothConfigEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDreamBoothConfig_ClassNegativePrompt() {
		return (EAttribute)dreamBoothConfigEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDreamBoothConfig_ClassSampler() {
		return (EAttribute)dreamBoothConfigEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDreamBoothConfig_ClassSteps() {
		return (EAttribute)dreamBoothConfigEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDreamBoothConfig_ClassCfgScale() {
		return (EAttribute)dreamBoothConfigEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDreamBoothConfig_ClassSeed() {
		return (EAttribute)dreamBoothConfigEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDreamBoothConfig_TrainsLora() {
		return (EAttribute)dreamBoothConfigEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDreamBoothConfig_LoraRank() {
		return (EAttribute)dreamBoothConfigEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDreamBoothConfig_LoraAlpha() {
		return (EAttribute)dreamBoothConfigEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DreamBoothFactory getDreamBoothFactory() {
		return (DreamBoothFactory)getEFactoryInstance();
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
		dreamBoothConfigEClass = createEClass(DREAM_BOOTH_CONFIG);
		createEAttribute(dreamBoothConfigEClass, DREAM_BOOTH_CONFIG__INSTANCE_PROMPT);
		createEAttribute(dreamBoothConfigEClass, DREAM_BOOTH_CONFIG__USE_CAPTIONS);
		createEAttribute(dreamBoothConfigEClass, DREAM_BOOTH_CONFIG__CLASS_PROMPT);
		createEAttribute(dreamBoothConfigEClass, DREAM_BOOTH_CONFIG__PRIOR_PRESERVATION);
		createEAttribute(dreamBoothConfigEClass, DREAM_BOOTH_CONFIG__CLASS_IMAGES);
		createEAttribute(dreamBoothConfigEClass, DREAM_BOOTH_CONFIG__PRIOR_LOSS_WEIGHT);
		createEAttribute(dreamBoothConfigEClass, DREAM_BOOTH_CONFIG__CLASS_NEGATIVE_PROMPT);
		createEAttribute(dreamBoothConfigEClass, DREAM_BOOTH_CONFIG__CLASS_SAMPLER);
		createEAttribute(dreamBoothConfigEClass, DREAM_BOOTH_CONFIG__CLASS_STEPS);
		createEAttribute(dreamBoothConfigEClass, DREAM_BOOTH_CONFIG__CLASS_CFG_SCALE);
		createEAttribute(dreamBoothConfigEClass, DREAM_BOOTH_CONFIG__CLASS_SEED);
		createEAttribute(dreamBoothConfigEClass, DREAM_BOOTH_CONFIG__TRAINS_LORA);
		createEAttribute(dreamBoothConfigEClass, DREAM_BOOTH_CONFIG__LORA_RANK);
		createEAttribute(dreamBoothConfigEClass, DREAM_BOOTH_CONFIG__LORA_ALPHA);
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
		FineTunePackage theFineTunePackage = (FineTunePackage)EPackage.Registry.INSTANCE.getEPackage(FineTunePackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		dreamBoothConfigEClass.getESuperTypes().add(theFineTunePackage.getFineTuneConfig());

		// Initialize classes, features, and operations; add parameters
		initEClass(dreamBoothConfigEClass, DreamBoothConfig.class, "DreamBoothConfig", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDreamBoothConfig_InstancePrompt(), ecorePackage.getEString(), "instancePrompt", "a photo of sks dog", 0, 1, DreamBoothConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDreamBoothConfig_UseCaptions(), ecorePackage.getEBoolean(), "useCaptions", "false", 0, 1, DreamBoothConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDreamBoothConfig_ClassPrompt(), ecorePackage.getEString(), "classPrompt", "a photo of dog", 0, 1, DreamBoothConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDreamBoothConfig_PriorPreservation(), ecorePackage.getEBoolean(), "priorPreservation", "true", 0, 1, DreamBoothConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDreamBoothConfig_ClassImages(), ecorePackage.getEInt(), "classImages", "100", 0, 1, DreamBoothConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDreamBoothConfig_PriorLossWeight(), ecorePackage.getEDouble(), "priorLossWeight", "1.0", 0, 1, DreamBoothConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDreamBoothConfig_ClassNegativePrompt(), ecorePackage.getEString(), "classNegativePrompt", "", 0, 1, DreamBoothConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDreamBoothConfig_ClassSampler(), ecorePackage.getEString(), "classSampler", "euler-a", 0, 1, DreamBoothConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDreamBoothConfig_ClassSteps(), ecorePackage.getEInt(), "classSteps", "30", 0, 1, DreamBoothConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDreamBoothConfig_ClassCfgScale(), ecorePackage.getEDouble(), "classCfgScale", "7.0", 0, 1, DreamBoothConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDreamBoothConfig_ClassSeed(), ecorePackage.getELong(), "classSeed", "0", 0, 1, DreamBoothConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDreamBoothConfig_TrainsLora(), ecorePackage.getEBoolean(), "trainsLora", "false", 0, 1, DreamBoothConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDreamBoothConfig_LoraRank(), ecorePackage.getEInt(), "loraRank", "8", 0, 1, DreamBoothConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDreamBoothConfig_LoraAlpha(), ecorePackage.getEDouble(), "loraAlpha", "8.0", 0, 1, DreamBoothConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

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
		  (dreamBoothConfigEClass,
		   source,
		   new String[] {
			   "documentation", "DreamBooth: a subject bound to an identifier, with prior preservation by class images the base model makes."
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
		  (dreamBoothConfigEClass,
		   source,
		   new String[] {
			   "defaults", "learningRate=5e-6; weightDecay=0.01; outputType=KEEP; outputName=dreambooth"
		   });
		addAnnotation
		  (getDreamBoothConfig_InstancePrompt(),
		   source,
		   new String[] {
			   "group", "DreamBooth",
			   "label", "Instance prompt",
			   "required", "true",
			   "help", "The prompt of the subject\'s images: the class prompt with a rare identifier in it (\"a photo of sks dog\"); after training, the identifier draws the subject."
		   });
		addAnnotation
		  (getDreamBoothConfig_UseCaptions(),
		   source,
		   new String[] {
			   "group", "DreamBooth",
			   "label", "Use the images\' captions",
			   "help", "Images with a caption file train on their caption (kohya), the others on the instance prompt; off: every instance image trains on the instance prompt (diffusers)."
		   });
		addAnnotation
		  (getDreamBoothConfig_ClassPrompt(),
		   source,
		   new String[] {
			   "group", "Prior preservation",
			   "label", "Class prompt",
			   "help", "The instance prompt without its identifier (\"a photo of dog\"): the class images are made from it, and keep the model drawing the class as it did."
		   });
		addAnnotation
		  (getDreamBoothConfig_PriorPreservation(),
		   source,
		   new String[] {
			   "benchmark", "false",
			   "group", "Prior preservation",
			   "label", "Prior preservation",
			   "help", "Train on class images beside the subject\'s, so that the class does not take the subject\'s looks (diffusers\' with_prior_preservation)."
		   });
		addAnnotation
		  (getDreamBoothConfig_ClassImages(),
		   source,
		   new String[] {
			   "shownWhen", "priorPreservation=true",
			   "group", "Prior preservation",
			   "label", "Class images",
			   "min", "1",
			   "max", "100000",
			   "help", "How many class images the base model makes before training (once: later runs with the same model and settings reuse them). Each epoch shows as many of them as of the subject\'s images."
		   });
		addAnnotation
		  (getDreamBoothConfig_PriorLossWeight(),
		   source,
		   new String[] {
			   "shownWhen", "priorPreservation=true",
			   "group", "Prior preservation",
			   "label", "Prior loss weight",
			   "min", "0",
			   "max", "100",
			   "help", "The weight of the class images\' loss against the subject\'s (diffusers\' prior_loss_weight, kohya\'s prior_loss_weight)."
		   });
		addAnnotation
		  (getDreamBoothConfig_ClassNegativePrompt(),
		   source,
		   new String[] {
			   "shownWhen", "priorPreservation=true",
			   "group", "Prior preservation",
			   "label", "Class images\' negative prompt"
		   });
		addAnnotation
		  (getDreamBoothConfig_ClassSampler(),
		   source,
		   new String[] {
			   "shownWhen", "priorPreservation=true",
			   "group", "Prior preservation",
			   "label", "Class images\' sampler",
			   "help", "euler, euler-a, dpmpp-2m, dpmpp-2m-karras or ddim."
		   });
		addAnnotation
		  (getDreamBoothConfig_ClassSteps(),
		   source,
		   new String[] {
			   "shownWhen", "priorPreservation=true",
			   "group", "Prior preservation",
			   "label", "Class images\' sampling steps",
			   "min", "1",
			   "max", "1000"
		   });
		addAnnotation
		  (getDreamBoothConfig_ClassCfgScale(),
		   source,
		   new String[] {
			   "shownWhen", "priorPreservation=true",
			   "group", "Prior preservation",
			   "label", "Class images\' guidance scale",
			   "min", "0",
			   "max", "30"
		   });
		addAnnotation
		  (getDreamBoothConfig_ClassSeed(),
		   source,
		   new String[] {
			   "shownWhen", "priorPreservation=true",
			   "group", "Prior preservation",
			   "label", "Class images\' seed",
			   "min", "0",
			   "max", "2147483647",
			   "help", "Image i takes this seed plus i."
		   });
		addAnnotation
		  (getDreamBoothConfig_TrainsLora(),
		   source,
		   new String[] {
			   "group", "LoRA",
			   "label", "Onto a LoRA",
			   "help", "Train a LoRA (kohya\'s) instead of the whole model: small, applied at generation; what trains says whether the text encoder gets modules too."
		   });
		addAnnotation
		  (getDreamBoothConfig_LoraRank(),
		   source,
		   new String[] {
			   "shownWhen", "trainsLora=true",
			   "group", "LoRA",
			   "label", "Rank (dim)",
			   "min", "1",
			   "max", "1024"
		   });
		addAnnotation
		  (getDreamBoothConfig_LoraAlpha(),
		   source,
		   new String[] {
			   "shownWhen", "trainsLora=true",
			   "group", "LoRA",
			   "label", "Alpha",
			   "min", "0",
			   "max", "1024"
		   });
	}

} //DreamBoothPackageImpl
