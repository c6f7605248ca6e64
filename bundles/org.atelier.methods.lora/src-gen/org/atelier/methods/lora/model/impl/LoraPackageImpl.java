/**
 */
package org.atelier.methods.lora.model.impl;

import org.atelier.core.model.AtelierPackage;

import org.atelier.methods.lora.model.LoraConfig;
import org.atelier.methods.lora.model.LoraFactory;
import org.atelier.methods.lora.model.LoraPackage;

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
public class LoraPackageImpl extends EPackageImpl implements LoraPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass loraConfigEClass = null;

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
	 * @see org.atelier.methods.lora.model.LoraPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private LoraPackageImpl() {
		super(eNS_URI, LoraFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link LoraPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static LoraPackage init() {
		if (isInited) return (LoraPackage)EPackage.Registry.INSTANCE.getEPackage(LoraPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredLoraPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		LoraPackageImpl theLoraPackage = registeredLoraPackage instanceof LoraPackageImpl ? (LoraPackageImpl)registeredLoraPackage : new LoraPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		TrainingPackage.eINSTANCE.eClass();
		AtelierPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theLoraPackage.createPackageContents();

		// Initialize created meta-data
		theLoraPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theLoraPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(LoraPackage.eNS_URI, theLoraPackage);
		return theLoraPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLoraConfig() {
		return loraConfigEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLoraConfig_Rank() {
		return (EAttribute)loraConfigEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLoraConfig_Alpha() {
		return (EAttribute)loraConfigEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLoraConfig_Dropout() {
		return (EAttribute)loraConfigEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLoraConfig_ConvRank() {
		return (EAttribute)loraConfigEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLoraConfig_ConvAlpha() {
		return (EAttribute)loraConfigEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLoraConfig_TrainTextEncoder() {
		return (EAttribute)loraConfigEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLoraConfig_TextEncoderLearningRate() {
		return (EAttribute)loraConfigEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLoraConfig_OutputName() {
		return (EAttribute)loraConfigEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LoraFactory getLoraFactory() {
		return (LoraFactory)getEFactoryInstance();
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
		loraConfigEClass = createEClass(LORA_CONFIG);
		createEAttribute(loraConfigEClass, LORA_CONFIG__RANK);
		createEAttribute(loraConfigEClass, LORA_CONFIG__ALPHA);
		createEAttribute(loraConfigEClass, LORA_CONFIG__DROPOUT);
		createEAttribute(loraConfigEClass, LORA_CONFIG__CONV_RANK);
		createEAttribute(loraConfigEClass, LORA_CONFIG__CONV_ALPHA);
		createEAttribute(loraConfigEClass, LORA_CONFIG__TRAIN_TEXT_ENCODER);
		createEAttribute(loraConfigEClass, LORA_CONFIG__TEXT_ENCODER_LEARNING_RATE);
		createEAttribute(loraConfigEClass, LORA_CONFIG__OUTPUT_NAME);
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
		loraConfigEClass.getESuperTypes().add(theTrainingPackage.getTrainingConfig());
		loraConfigEClass.getESuperTypes().add(theAtelierPackage.getSavesWeights());

		// Initialize classes, features, and operations; add parameters
		initEClass(loraConfigEClass, LoraConfig.class, "LoraConfig", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLoraConfig_Rank(), ecorePackage.getEInt(), "rank", "8", 0, 1, LoraConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLoraConfig_Alpha(), ecorePackage.getEDouble(), "alpha", "4.0", 0, 1, LoraConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLoraConfig_Dropout(), ecorePackage.getEDouble(), "dropout", "0.0", 0, 1, LoraConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLoraConfig_ConvRank(), ecorePackage.getEInt(), "convRank", "0", 0, 1, LoraConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLoraConfig_ConvAlpha(), ecorePackage.getEDouble(), "convAlpha", "1.0", 0, 1, LoraConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLoraConfig_TrainTextEncoder(), ecorePackage.getEBoolean(), "trainTextEncoder", "true", 0, 1, LoraConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLoraConfig_TextEncoderLearningRate(), ecorePackage.getEDouble(), "textEncoderLearningRate", "5e-05", 0, 1, LoraConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLoraConfig_OutputName(), ecorePackage.getEString(), "outputName", "lora", 0, 1, LoraConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

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
		  (loraConfigEClass,
		   source,
		   new String[] {
			   "documentation", "kohya\'s LoRA: rank, alpha, dropout, where it trains and what it writes."
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
		  (loraConfigEClass,
		   source,
		   new String[] {
			   "defaults", "learningRate=1e-4; weightDecay=0.01"
		   });
		addAnnotation
		  (getLoraConfig_Rank(),
		   source,
		   new String[] {
			   "group", "LoRA",
			   "label", "Rank (dim)",
			   "min", "1",
			   "max", "1024",
			   "help", "The inner width of each module (kohya\'s network_dim)."
		   });
		addAnnotation
		  (getLoraConfig_Alpha(),
		   source,
		   new String[] {
			   "group", "LoRA",
			   "label", "Alpha",
			   "min", "0",
			   "max", "1024",
			   "help", "The modules\' output is scaled by alpha / rank (kohya\'s network_alpha)."
		   });
		addAnnotation
		  (getLoraConfig_Dropout(),
		   source,
		   new String[] {
			   "group", "LoRA",
			   "label", "Dropout",
			   "min", "0",
			   "max", "1",
			   "help", "Dropout on each module\'s inner activations while training (kohya\'s network_dropout)."
		   });
		addAnnotation
		  (getLoraConfig_ConvRank(),
		   source,
		   new String[] {
			   "group", "LoRA",
			   "label", "Convolution rank (LoCon)",
			   "min", "0",
			   "max", "1024",
			   "help", "Modules on the UNet\'s residual blocks and samplers too (kohya\'s LoCon: conv_dim), each a down of the convolution\'s kernel and a 1x1 up; 0 for none."
		   });
		addAnnotation
		  (getLoraConfig_ConvAlpha(),
		   source,
		   new String[] {
			   "shownWhen", "convRank!=0",
			   "group", "LoRA",
			   "label", "Convolution alpha",
			   "min", "0",
			   "max", "1024",
			   "help", "The LoCon modules\' output is scaled by this over the convolution rank (kohya\'s conv_alpha)."
		   });
		addAnnotation
		  (getLoraConfig_TrainTextEncoder(),
		   source,
		   new String[] {
			   "group", "LoRA",
			   "label", "Train the text encoder",
			   "help", "Modules on the text encoder\'s attention and MLP too, not only on the UNet."
		   });
		addAnnotation
		  (getLoraConfig_TextEncoderLearningRate(),
		   source,
		   new String[] {
			   "shownWhen", "trainTextEncoder=true",
			   "group", "LoRA",
			   "label", "Text encoder learning rate",
			   "min", "0",
			   "max", "1",
			   "help", "The text encoder modules\' rate (the learning rate above is the UNet\'s; 0: the same); it follows the same schedule."
		   });
		addAnnotation
		  (getLoraConfig_OutputName(),
		   source,
		   new String[] {
			   "group", "Output",
			   "label", "File name",
			   "help", "The LoRA\'s file name, without .safetensors."
		   });
	}

} //LoraPackageImpl
