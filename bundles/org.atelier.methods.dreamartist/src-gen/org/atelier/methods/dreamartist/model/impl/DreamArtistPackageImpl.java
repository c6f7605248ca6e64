/**
 */
package org.atelier.methods.dreamartist.model.impl;

import org.atelier.core.model.AtelierPackage;

import org.atelier.methods.dreamartist.model.DreamArtistConfig;
import org.atelier.methods.dreamartist.model.DreamArtistFactory;
import org.atelier.methods.dreamartist.model.DreamArtistPackage;

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
public class DreamArtistPackageImpl extends EPackageImpl implements DreamArtistPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dreamArtistConfigEClass = null;

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
	 * @see org.atelier.methods.dreamartist.model.DreamArtistPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private DreamArtistPackageImpl() {
		super(eNS_URI, DreamArtistFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link DreamArtistPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static DreamArtistPackage init() {
		if (isInited) return (DreamArtistPackage)EPackage.Registry.INSTANCE.getEPackage(DreamArtistPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredDreamArtistPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		DreamArtistPackageImpl theDreamArtistPackage = registeredDreamArtistPackage instanceof DreamArtistPackageImpl ? (DreamArtistPackageImpl)registeredDreamArtistPackage : new DreamArtistPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		TrainingPackage.eINSTANCE.eClass();
		AtelierPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theDreamArtistPackage.createPackageContents();

		// Initialize created meta-data
		theDreamArtistPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theDreamArtistPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(DreamArtistPackage.eNS_URI, theDreamArtistPackage);
		return theDreamArtistPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDreamArtistConfig() {
		return dreamArtistConfigEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDreamArtistConfig_Token() {
		return (EAttribute)dreamArtistConfigEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDreamArtistConfig_InitText() {
		return (EAttribute)dreamArtistConfigEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDreamArtistConfig_Vectors() {
		return (EAttribute)dreamArtistConfigEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDreamArtistConfig_NegativeInitText() {
		return (EAttribute)dreamArtistConfigEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDreamArtistConfig_NegativeVectors() {
		return (EAttribute)dreamArtistConfigEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDreamArtistConfig_NegativeLrWeight() {
		return (EAttribute)dreamArtistConfigEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDreamArtistConfig_CfgScale() {
		return (EAttribute)dreamArtistConfigEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDreamArtistConfig_Reconstruction() {
		return (EAttribute)dreamArtistConfigEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDreamArtistConfig_ReconstructionWeight() {
		return (EAttribute)dreamArtistConfigEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDreamArtistConfig_Template() {
		return (EAttribute)dreamArtistConfigEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDreamArtistConfig_TemplateFile() {
		return (EAttribute)dreamArtistConfigEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DreamArtistFactory getDreamArtistFactory() {
		return (DreamArtistFactory)getEFactoryInstance();
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
		dreamArtistConfigEClass = createEClass(DREAM_ARTIST_CONFIG);
		createEAttribute(dreamArtistConfigEClass, DREAM_ARTIST_CONFIG__TOKEN);
		createEAttribute(dreamArtistConfigEClass, DREAM_ARTIST_CONFIG__INIT_TEXT);
		createEAttribute(dreamArtistConfigEClass, DREAM_ARTIST_CONFIG__VECTORS);
		createEAttribute(dreamArtistConfigEClass, DREAM_ARTIST_CONFIG__NEGATIVE_INIT_TEXT);
		createEAttribute(dreamArtistConfigEClass, DREAM_ARTIST_CONFIG__NEGATIVE_VECTORS);
		createEAttribute(dreamArtistConfigEClass, DREAM_ARTIST_CONFIG__NEGATIVE_LR_WEIGHT);
		createEAttribute(dreamArtistConfigEClass, DREAM_ARTIST_CONFIG__CFG_SCALE);
		createEAttribute(dreamArtistConfigEClass, DREAM_ARTIST_CONFIG__RECONSTRUCTION);
		createEAttribute(dreamArtistConfigEClass, DREAM_ARTIST_CONFIG__RECONSTRUCTION_WEIGHT);
		createEAttribute(dreamArtistConfigEClass, DREAM_ARTIST_CONFIG__TEMPLATE);
		createEAttribute(dreamArtistConfigEClass, DREAM_ARTIST_CONFIG__TEMPLATE_FILE);
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
		dreamArtistConfigEClass.getESuperTypes().add(theTrainingPackage.getTrainingConfig());
		dreamArtistConfigEClass.getESuperTypes().add(theAtelierPackage.getSavesEmbedding());

		// Initialize classes, features, and operations; add parameters
		initEClass(dreamArtistConfigEClass, DreamArtistConfig.class, "DreamArtistConfig", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDreamArtistConfig_Token(), ecorePackage.getEString(), "token", "<artist>", 0, 1, DreamArtistConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDreamArtistConfig_InitText(), ecorePackage.getEString(), "initText", "*", 0, 1, DreamArtistConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDreamArtistConfig_Vectors(), ecorePackage.getEInt(), "vectors", "3", 0, 1, DreamArtistConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDreamArtistConfig_NegativeInitText(), ecorePackage.getEString(), "negativeInitText", "*", 0, 1, DreamArtistConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDreamArtistConfig_NegativeVectors(), ecorePackage.getEInt(), "negativeVectors", "6", 0, 1, DreamArtistConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDreamArtistConfig_NegativeLrWeight(), ecorePackage.getEDouble(), "negativeLrWeight", "1.0", 0, 1, DreamArtistConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDreamArtistConfig_CfgScale(), ecorePackage.getEString(), "cfgScale", "3.0", 0, 1, DreamArtistConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDreamArtistConfig_Reconstruction(), ecorePackage.getEBoolean(), "reconstruction", "false", 0, 1, DreamArtistConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDreamArtistConfig_ReconstructionWeight(), ecorePackage.getEDouble(), "reconstructionWeight", "1.0", 0, 1, DreamArtistConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDreamArtistConfig_Template(), ecorePackage.getEString(), "template", "a photo of [name], [filewords]", 0, 1, DreamArtistConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDreamArtistConfig_TemplateFile(), ecorePackage.getEString(), "templateFile", "", 0, 1, DreamArtistConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

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
		  (dreamArtistConfigEClass,
		   source,
		   new String[] {
			   "documentation", "Dream Artist: a positive and a negative embedding trained together on the guided prediction, as its AUTOMATIC1111 extension trains them."
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
		  (dreamArtistConfigEClass,
		   source,
		   new String[] {
			   "defaults", "learningRate=3e-3; weightDecay=0.01; steps=8000; outputFormat=A1111_PT",
			   "unetPasses", "2"
		   });
		addAnnotation
		  (getDreamArtistConfig_Token(),
		   source,
		   new String[] {
			   "required", "true",
			   "group", "Embeddings",
			   "label", "Token",
			   "help", "The positive embedding\'s word (and file name), for prompts; the negative one is this word with -neg after it, for negative prompts. Neither may be a word of the vocabulary."
		   });
		addAnnotation
		  (getDreamArtistConfig_InitText(),
		   source,
		   new String[] {
			   "group", "Embeddings",
			   "label", "Initial text",
			   "help", "The positive vectors start as this text\'s token vectors (spread over them as AUTOMATIC1111 does); empty: zeros."
		   });
		addAnnotation
		  (getDreamArtistConfig_Vectors(),
		   source,
		   new String[] {
			   "group", "Embeddings",
			   "label", "Vectors",
			   "min", "1",
			   "max", "75",
			   "help", "How many token vectors the positive word stands for (the extension\'s default: 3)."
		   });
		addAnnotation
		  (getDreamArtistConfig_NegativeInitText(),
		   source,
		   new String[] {
			   "group", "Embeddings",
			   "label", "Negative initial text",
			   "help", "The negative vectors start as this text\'s token vectors; empty: zeros."
		   });
		addAnnotation
		  (getDreamArtistConfig_NegativeVectors(),
		   source,
		   new String[] {
			   "group", "Embeddings",
			   "label", "Negative vectors",
			   "min", "1",
			   "max", "75",
			   "help", "How many token vectors the negative word stands for (the extension\'s default: 6)."
		   });
		addAnnotation
		  (getDreamArtistConfig_NegativeLrWeight(),
		   source,
		   new String[] {
			   "group", "Embeddings",
			   "label", "Negative lr weight",
			   "min", "0.01",
			   "max", "10",
			   "help", "The negative embedding\'s learning rate over the positive\'s, at every step of the schedule (the extension\'s neg_lr_w, 0.2 to 5 there)."
		   });
		addAnnotation
		  (getDreamArtistConfig_CfgScale(),
		   source,
		   new String[] {
			   "required", "true",
			   "group", "Guidance",
			   "label", "CFG scale",
			   "help", "The guidance inside the loss: a step\'s prediction is eps_neg + s (eps_pos - eps_neg). A number (3.0), or, as the extension writes it, low-high[:ln|cos|cos2] for a scale that follows the image\'s timestep t: low + (high - low) r with r = t/999 (ln, the default), cos((r-1) pi/2) (cos) or 1 - cos(r pi/2) (cos2). (The extension\'s free expressions in r are not taken: they are Python code.)"
		   });
		addAnnotation
		  (getDreamArtistConfig_Reconstruction(),
		   source,
		   new String[] {
			   "group", "Reconstruction",
			   "label", "Reconstruction loss",
			   "help", "Add the mean absolute difference, in pixels, between the image the guided prediction denoises to (through the VAE\'s decoder) and the training image (its cached latents through the decoder), as the extension\'s reconstruction loss: each step decodes twice, so it is slower."
		   });
		addAnnotation
		  (getDreamArtistConfig_ReconstructionWeight(),
		   source,
		   new String[] {
			   "shownWhen", "reconstruction=true",
			   "group", "Reconstruction",
			   "label", "Reconstruction weight",
			   "min", "0",
			   "max", "100",
			   "help", "The reconstruction loss\'s weight beside the noise\'s squared error."
		   });
		addAnnotation
		  (getDreamArtistConfig_Template(),
		   source,
		   new String[] {
			   "group", "Embeddings",
			   "label", "Caption template",
			   "help", "What a step trains on, as AUTOMATIC1111\'s templates: [name] is the positive word (the negative side takes the negative word), [filewords] the image\'s caption."
		   });
		addAnnotation
		  (getDreamArtistConfig_TemplateFile(),
		   source,
		   new String[] {
			   "group", "Embeddings",
			   "label", "Template file",
			   "help", "A file of caption templates, one a line, as AUTOMATIC1111\'s textual_inversion_templates (a path in the project, or absolute; or one that comes with Atelier, by name: subject, subject_filewords, style, style_filewords, none, as AUTOMATIC1111 names them, or object, diffusers\' list): a line drawn for each image at each step. Empty: the caption template above."
		   });
	}

} //DreamArtistPackageImpl
