/**
 */
package org.atelier.methods.hypernetwork.model.impl;

import org.atelier.core.model.AtelierPackage;

import org.atelier.methods.hypernetwork.model.Activation;
import org.atelier.methods.hypernetwork.model.HypernetworkConfig;
import org.atelier.methods.hypernetwork.model.HypernetworkFactory;
import org.atelier.methods.hypernetwork.model.HypernetworkPackage;
import org.atelier.methods.hypernetwork.model.WeightInitialization;

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
public class HypernetworkPackageImpl extends EPackageImpl implements HypernetworkPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hypernetworkConfigEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum activationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum weightInitializationEEnum = null;

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
	 * @see org.atelier.methods.hypernetwork.model.HypernetworkPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private HypernetworkPackageImpl() {
		super(eNS_URI, HypernetworkFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link HypernetworkPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static HypernetworkPackage init() {
		if (isInited) return (HypernetworkPackage)EPackage.Registry.INSTANCE.getEPackage(HypernetworkPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredHypernetworkPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		HypernetworkPackageImpl theHypernetworkPackage = registeredHypernetworkPackage instanceof HypernetworkPackageImpl ? (HypernetworkPackageImpl)registeredHypernetworkPackage : new HypernetworkPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		TrainingPackage.eINSTANCE.eClass();
		AtelierPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theHypernetworkPackage.createPackageContents();

		// Initialize created meta-data
		theHypernetworkPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theHypernetworkPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(HypernetworkPackage.eNS_URI, theHypernetworkPackage);
		return theHypernetworkPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHypernetworkConfig() {
		return hypernetworkConfigEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHypernetworkConfig_LayerStructure() {
		return (EAttribute)hypernetworkConfigEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHypernetworkConfig_Activation() {
		return (EAttribute)hypernetworkConfigEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHypernetworkConfig_ActivateOutput() {
		return (EAttribute)hypernetworkConfigEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHypernetworkConfig_LayerNorm() {
		return (EAttribute)hypernetworkConfigEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHypernetworkConfig_WeightInitialization() {
		return (EAttribute)hypernetworkConfigEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHypernetworkConfig_UseDropout() {
		return (EAttribute)hypernetworkConfigEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHypernetworkConfig_DropoutStructure() {
		return (EAttribute)hypernetworkConfigEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHypernetworkConfig_LastLayerDropout() {
		return (EAttribute)hypernetworkConfigEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHypernetworkConfig_Sizes() {
		return (EAttribute)hypernetworkConfigEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHypernetworkConfig_Template() {
		return (EAttribute)hypernetworkConfigEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHypernetworkConfig_StartFrom() {
		return (EAttribute)hypernetworkConfigEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHypernetworkConfig_OutputName() {
		return (EAttribute)hypernetworkConfigEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getActivation() {
		return activationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getWeightInitialization() {
		return weightInitializationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HypernetworkFactory getHypernetworkFactory() {
		return (HypernetworkFactory)getEFactoryInstance();
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
		hypernetworkConfigEClass = createEClass(HYPERNETWORK_CONFIG);
		createEAttribute(hypernetworkConfigEClass, HYPERNETWORK_CONFIG__LAYER_STRUCTURE);
		createEAttribute(hypernetworkConfigEClass, HYPERNETWORK_CONFIG__ACTIVATION);
		createEAttribute(hypernetworkConfigEClass, HYPERNETWORK_CONFIG__ACTIVATE_OUTPUT);
		createEAttribute(hypernetworkConfigEClass, HYPERNETWORK_CONFIG__LAYER_NORM);
		createEAttribute(hypernetworkConfigEClass, HYPERNETWORK_CONFIG__WEIGHT_INITIALIZATION);
		createEAttribute(hypernetworkConfigEClass, HYPERNETWORK_CONFIG__USE_DROPOUT);
		createEAttribute(hypernetworkConfigEClass, HYPERNETWORK_CONFIG__DROPOUT_STRUCTURE);
		createEAttribute(hypernetworkConfigEClass, HYPERNETWORK_CONFIG__LAST_LAYER_DROPOUT);
		createEAttribute(hypernetworkConfigEClass, HYPERNETWORK_CONFIG__SIZES);
		createEAttribute(hypernetworkConfigEClass, HYPERNETWORK_CONFIG__TEMPLATE);
		createEAttribute(hypernetworkConfigEClass, HYPERNETWORK_CONFIG__START_FROM);
		createEAttribute(hypernetworkConfigEClass, HYPERNETWORK_CONFIG__OUTPUT_NAME);

		// Create enums
		activationEEnum = createEEnum(ACTIVATION);
		weightInitializationEEnum = createEEnum(WEIGHT_INITIALIZATION);
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

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		hypernetworkConfigEClass.getESuperTypes().add(theTrainingPackage.getTrainingConfig());

		// Initialize classes, features, and operations; add parameters
		initEClass(hypernetworkConfigEClass, HypernetworkConfig.class, "HypernetworkConfig", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHypernetworkConfig_LayerStructure(), ecorePackage.getEString(), "layerStructure", "1, 2, 1", 0, 1, HypernetworkConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHypernetworkConfig_Activation(), this.getActivation(), "activation", "linear", 0, 1, HypernetworkConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHypernetworkConfig_ActivateOutput(), ecorePackage.getEBoolean(), "activateOutput", "false", 0, 1, HypernetworkConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHypernetworkConfig_LayerNorm(), ecorePackage.getEBoolean(), "layerNorm", "false", 0, 1, HypernetworkConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHypernetworkConfig_WeightInitialization(), this.getWeightInitialization(), "weightInitialization", "Normal", 0, 1, HypernetworkConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHypernetworkConfig_UseDropout(), ecorePackage.getEBoolean(), "useDropout", "false", 0, 1, HypernetworkConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHypernetworkConfig_DropoutStructure(), ecorePackage.getEString(), "dropoutStructure", "", 0, 1, HypernetworkConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHypernetworkConfig_LastLayerDropout(), ecorePackage.getEBoolean(), "lastLayerDropout", "true", 0, 1, HypernetworkConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHypernetworkConfig_Sizes(), ecorePackage.getEString(), "sizes", "", 0, 1, HypernetworkConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHypernetworkConfig_Template(), ecorePackage.getEString(), "template", "[filewords]", 0, 1, HypernetworkConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHypernetworkConfig_StartFrom(), ecorePackage.getEString(), "startFrom", "", 0, 1, HypernetworkConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHypernetworkConfig_OutputName(), ecorePackage.getEString(), "outputName", "hypernetwork", 0, 1, HypernetworkConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(activationEEnum, Activation.class, "Activation");
		addEEnumLiteral(activationEEnum, Activation.LINEAR);
		addEEnumLiteral(activationEEnum, Activation.RELU);
		addEEnumLiteral(activationEEnum, Activation.LEAKYRELU);
		addEEnumLiteral(activationEEnum, Activation.ELU);
		addEEnumLiteral(activationEEnum, Activation.SWISH);
		addEEnumLiteral(activationEEnum, Activation.TANH);
		addEEnumLiteral(activationEEnum, Activation.SIGMOID);
		addEEnumLiteral(activationEEnum, Activation.GELU);
		addEEnumLiteral(activationEEnum, Activation.SILU);
		addEEnumLiteral(activationEEnum, Activation.MISH);
		addEEnumLiteral(activationEEnum, Activation.SOFTSIGN);
		addEEnumLiteral(activationEEnum, Activation.SOFTPLUS);
		addEEnumLiteral(activationEEnum, Activation.HARDSWISH);
		addEEnumLiteral(activationEEnum, Activation.HARDSIGMOID);
		addEEnumLiteral(activationEEnum, Activation.HARDTANH);
		addEEnumLiteral(activationEEnum, Activation.RELU6);
		addEEnumLiteral(activationEEnum, Activation.SELU);
		addEEnumLiteral(activationEEnum, Activation.CELU);
		addEEnumLiteral(activationEEnum, Activation.LOGSIGMOID);
		addEEnumLiteral(activationEEnum, Activation.TANHSHRINK);

		initEEnum(weightInitializationEEnum, WeightInitialization.class, "WeightInitialization");
		addEEnumLiteral(weightInitializationEEnum, WeightInitialization.NORMAL);
		addEEnumLiteral(weightInitializationEEnum, WeightInitialization.XAVIER_UNIFORM);
		addEEnumLiteral(weightInitializationEEnum, WeightInitialization.XAVIER_NORMAL);
		addEEnumLiteral(weightInitializationEEnum, WeightInitialization.KAIMING_UNIFORM);
		addEEnumLiteral(weightInitializationEEnum, WeightInitialization.KAIMING_NORMAL);

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
		  (hypernetworkConfigEClass,
		   source,
		   new String[] {
			   "documentation", "AUTOMATIC1111\'s hypernetwork: the structure of its small networks, the widths they adapt, the captions it trains on and what it writes."
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
		  (hypernetworkConfigEClass,
		   source,
		   new String[] {
			   "defaults", "learningRate=1e-5; weightDecay=0.01"
		   });
		addAnnotation
		  (getHypernetworkConfig_LayerStructure(),
		   source,
		   new String[] {
			   "required", "true",
			   "group", "Hypernetwork",
			   "label", "Layer structure",
			   "help", "The widths of each module\'s layers relative to the attention\'s (AUTOMATIC1111\'s layer structure): first and last 1; 1, 2, 1 is one hidden layer twice as wide."
		   });
		addAnnotation
		  (getHypernetworkConfig_Activation(),
		   source,
		   new String[] {
			   "group", "Hypernetwork",
			   "label", "Activation",
			   "help", "After each linear layer but the last (and after the last too with \'activate output\'); linear: none. swish is PyTorch\'s Hardswish, as AUTOMATIC1111 and ComfyUI build it."
		   });
		addAnnotation
		  (getHypernetworkConfig_ActivateOutput(),
		   source,
		   new String[] {
			   "group", "Hypernetwork",
			   "label", "Activate output",
			   "help", "The activation after the last linear layer too."
		   });
		addAnnotation
		  (getHypernetworkConfig_LayerNorm(),
		   source,
		   new String[] {
			   "group", "Hypernetwork",
			   "label", "Layer normalization",
			   "help", "A layer norm after each linear layer."
		   });
		addAnnotation
		  (getHypernetworkConfig_WeightInitialization(),
		   source,
		   new String[] {
			   "group", "Hypernetwork",
			   "label", "Weight initialization",
			   "help", "How new linear layers start (biases at zero; layer norms always as Normal): Normal (std 0.01), Xavier or Kaiming, uniform or normal."
		   });
		addAnnotation
		  (getHypernetworkConfig_UseDropout(),
		   source,
		   new String[] {
			   "group", "Hypernetwork",
			   "label", "Dropout",
			   "help", "Dropout after the hidden layers while training."
		   });
		addAnnotation
		  (getHypernetworkConfig_DropoutStructure(),
		   source,
		   new String[] {
			   "shownWhen", "useDropout=true",
			   "group", "Hypernetwork",
			   "label", "Dropout structure",
			   "help", "One probability per layer of the structure (0, 0.3, 0); empty: AUTOMATIC1111\'s, 0.3 after every hidden layer but the last (and after the last with the next setting)."
		   });
		addAnnotation
		  (getHypernetworkConfig_LastLayerDropout(),
		   source,
		   new String[] {
			   "shownWhen", "useDropout=true",
			   "group", "Hypernetwork",
			   "label", "Dropout after the last hidden layer",
			   "help", "With no dropout structure given: 0.3 after the last hidden layer too."
		   });
		addAnnotation
		  (getHypernetworkConfig_Sizes(),
		   source,
		   new String[] {
			   "group", "Hypernetwork",
			   "label", "Widths",
			   "help", "The attention widths that get modules, as 768, 320, 640, 1280 (SD 1.x: the text encoder\'s width for cross-attention and the blocks\' channels for self-attention); empty: every width the base model\'s attention reads."
		   });
		addAnnotation
		  (getHypernetworkConfig_Template(),
		   source,
		   new String[] {
			   "group", "Hypernetwork",
			   "label", "Caption template",
			   "help", "What a step trains on, as AUTOMATIC1111\'s templates: [filewords] is the image\'s caption (processed as the dataset says), [name] the hypernetwork\'s name."
		   });
		addAnnotation
		  (getHypernetworkConfig_StartFrom(),
		   source,
		   new String[] {
			   "group", "Hypernetwork",
			   "label", "Start from",
			   "help", "An AUTOMATIC1111 hypernetwork (.pt; relative to the project) to train further: its structure and widths replace the settings above, and its step count goes on; empty: a new one."
		   });
		addAnnotation
		  (getHypernetworkConfig_OutputName(),
		   source,
		   new String[] {
			   "group", "Output",
			   "label", "File name",
			   "help", "The hypernetwork\'s name and file name, without .pt."
		   });
	}

} //HypernetworkPackageImpl
