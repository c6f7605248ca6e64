/**
 */
package org.atelier.methods.aesthetic.model.impl;

import org.atelier.core.model.AtelierPackage;

import org.atelier.methods.aesthetic.model.AestheticConfig;
import org.atelier.methods.aesthetic.model.AestheticFactory;
import org.atelier.methods.aesthetic.model.AestheticPackage;

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
public class AestheticPackageImpl extends EPackageImpl implements AestheticPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass aestheticConfigEClass = null;

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
	 * @see org.atelier.methods.aesthetic.model.AestheticPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private AestheticPackageImpl() {
		super(eNS_URI, AestheticFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link AestheticPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static AestheticPackage init() {
		if (isInited) return (AestheticPackage)EPackage.Registry.INSTANCE.getEPackage(AestheticPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredAestheticPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		AestheticPackageImpl theAestheticPackage = registeredAestheticPackage instanceof AestheticPackageImpl ? (AestheticPackageImpl)registeredAestheticPackage : new AestheticPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		AtelierPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theAestheticPackage.createPackageContents();

		// Initialize created meta-data
		theAestheticPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theAestheticPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(AestheticPackage.eNS_URI, theAestheticPackage);
		return theAestheticPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAestheticConfig() {
		return aestheticConfigEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAestheticConfig_ClipModel() {
		return (EAttribute)aestheticConfigEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAestheticConfig_Steps() {
		return (EAttribute)aestheticConfigEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAestheticConfig_LearningRate() {
		return (EAttribute)aestheticConfigEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAestheticConfig_Weight() {
		return (EAttribute)aestheticConfigEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAestheticConfig_Slerp() {
		return (EAttribute)aestheticConfigEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AestheticFactory getAestheticFactory() {
		return (AestheticFactory)getEFactoryInstance();
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
		aestheticConfigEClass = createEClass(AESTHETIC_CONFIG);
		createEAttribute(aestheticConfigEClass, AESTHETIC_CONFIG__CLIP_MODEL);
		createEAttribute(aestheticConfigEClass, AESTHETIC_CONFIG__STEPS);
		createEAttribute(aestheticConfigEClass, AESTHETIC_CONFIG__LEARNING_RATE);
		createEAttribute(aestheticConfigEClass, AESTHETIC_CONFIG__WEIGHT);
		createEAttribute(aestheticConfigEClass, AESTHETIC_CONFIG__SLERP);
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
		AtelierPackage theAtelierPackage = (AtelierPackage)EPackage.Registry.INSTANCE.getEPackage(AtelierPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		aestheticConfigEClass.getESuperTypes().add(theAtelierPackage.getMethodConfig());

		// Initialize classes, features, and operations; add parameters
		initEClass(aestheticConfigEClass, AestheticConfig.class, "AestheticConfig", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAestheticConfig_ClipModel(), ecorePackage.getEString(), "clipModel", "", 0, 1, AestheticConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAestheticConfig_Steps(), ecorePackage.getEInt(), "steps", "5", 0, 1, AestheticConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAestheticConfig_LearningRate(), ecorePackage.getEDouble(), "learningRate", "1.0E-4", 0, 1, AestheticConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAestheticConfig_Weight(), ecorePackage.getEDouble(), "weight", "0.9", 0, 1, AestheticConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAestheticConfig_Slerp(), ecorePackage.getEBoolean(), "slerp", "false", 0, 1, AestheticConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

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
		  (aestheticConfigEClass,
		   source,
		   new String[] {
			   "documentation", "Aesthetic gradients (Gallego, 2022) as the AUTOMATIC1111 extension makes them: the aesthetic embedding is the mean CLIP image embedding of the dataset\'s images; at generation a copy of the CLIP text tower is trained towards it for a few steps and its states blended into the prompt\'s."
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
		  (getAestheticConfig_ClipModel(),
		   source,
		   new String[] {
			   "group", "Embedding",
			   "label", "CLIP model",
			   "help", "The CLIP model (text and vision) the embedding is made with and steers through: a Hugging Face CLIPModel file or folder, such as openai/clip-vit-large-patch14 for SD 1.x; a path relative to the project or absolute."
		   });
		addAnnotation
		  (getAestheticConfig_Steps(),
		   source,
		   new String[] {
			   "group", "Preview",
			   "label", "Aesthetic steps",
			   "min", "0",
			   "max", "1000",
			   "help", "Adam steps on the copy of the CLIP text tower per prompt chunk, for the preview samples (the extension\'s default 5; generate --aesthetic-steps)."
		   });
		addAnnotation
		  (getAestheticConfig_LearningRate(),
		   source,
		   new String[] {
			   "group", "Preview",
			   "label", "Aesthetic learning rate",
			   "min", "0",
			   "max", "1",
			   "help", "Their learning rate (the extension\'s default 0.0001; generate --aesthetic-lr)."
		   });
		addAnnotation
		  (getAestheticConfig_Weight(),
		   source,
		   new String[] {
			   "group", "Preview",
			   "label", "Aesthetic weight",
			   "min", "0",
			   "max", "1",
			   "help", "How much of the steered conditioning replaces the prompt\'s (the extension\'s default 0.9; generate --aesthetic-weight)."
		   });
		addAnnotation
		  (getAestheticConfig_Slerp(),
		   source,
		   new String[] {
			   "group", "Preview",
			   "label", "Slerp",
			   "help", "Blend by spherical interpolation instead of linearly (generate --aesthetic-slerp)."
		   });
	}

} //AestheticPackageImpl
