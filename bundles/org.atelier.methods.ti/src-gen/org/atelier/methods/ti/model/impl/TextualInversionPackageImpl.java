/**
 */
package org.atelier.methods.ti.model.impl;

import org.atelier.core.model.AtelierPackage;

import org.atelier.methods.ti.model.TextualInversionConfig;
import org.atelier.methods.ti.model.TextualInversionFactory;
import org.atelier.methods.ti.model.TextualInversionPackage;

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
public class TextualInversionPackageImpl extends EPackageImpl implements TextualInversionPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass textualInversionConfigEClass = null;

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
	 * @see org.atelier.methods.ti.model.TextualInversionPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private TextualInversionPackageImpl() {
		super(eNS_URI, TextualInversionFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link TextualInversionPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static TextualInversionPackage init() {
		if (isInited) return (TextualInversionPackage)EPackage.Registry.INSTANCE.getEPackage(TextualInversionPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredTextualInversionPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		TextualInversionPackageImpl theTextualInversionPackage = registeredTextualInversionPackage instanceof TextualInversionPackageImpl ? (TextualInversionPackageImpl)registeredTextualInversionPackage : new TextualInversionPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		TrainingPackage.eINSTANCE.eClass();
		AtelierPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theTextualInversionPackage.createPackageContents();

		// Initialize created meta-data
		theTextualInversionPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theTextualInversionPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(TextualInversionPackage.eNS_URI, theTextualInversionPackage);
		return theTextualInversionPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTextualInversionConfig() {
		return textualInversionConfigEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTextualInversionConfig_Token() {
		return (EAttribute)textualInversionConfigEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTextualInversionConfig_InitText() {
		return (EAttribute)textualInversionConfigEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTextualInversionConfig_Vectors() {
		return (EAttribute)textualInversionConfigEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTextualInversionConfig_InitEmbedding() {
		return (EAttribute)textualInversionConfigEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTextualInversionConfig_Template() {
		return (EAttribute)textualInversionConfigEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTextualInversionConfig_TemplateFile() {
		return (EAttribute)textualInversionConfigEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TextualInversionFactory getTextualInversionFactory() {
		return (TextualInversionFactory)getEFactoryInstance();
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
		textualInversionConfigEClass = createEClass(TEXTUAL_INVERSION_CONFIG);
		createEAttribute(textualInversionConfigEClass, TEXTUAL_INVERSION_CONFIG__TOKEN);
		createEAttribute(textualInversionConfigEClass, TEXTUAL_INVERSION_CONFIG__INIT_TEXT);
		createEAttribute(textualInversionConfigEClass, TEXTUAL_INVERSION_CONFIG__VECTORS);
		createEAttribute(textualInversionConfigEClass, TEXTUAL_INVERSION_CONFIG__INIT_EMBEDDING);
		createEAttribute(textualInversionConfigEClass, TEXTUAL_INVERSION_CONFIG__TEMPLATE);
		createEAttribute(textualInversionConfigEClass, TEXTUAL_INVERSION_CONFIG__TEMPLATE_FILE);
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
		textualInversionConfigEClass.getESuperTypes().add(theTrainingPackage.getTrainingConfig());
		textualInversionConfigEClass.getESuperTypes().add(theAtelierPackage.getSavesEmbedding());

		// Initialize classes, features, and operations; add parameters
		initEClass(textualInversionConfigEClass, TextualInversionConfig.class, "TextualInversionConfig", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTextualInversionConfig_Token(), ecorePackage.getEString(), "token", "<concept>", 0, 1, TextualInversionConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTextualInversionConfig_InitText(), ecorePackage.getEString(), "initText", "*", 0, 1, TextualInversionConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTextualInversionConfig_Vectors(), ecorePackage.getEInt(), "vectors", "1", 0, 1, TextualInversionConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTextualInversionConfig_InitEmbedding(), ecorePackage.getEString(), "initEmbedding", "", 0, 1, TextualInversionConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTextualInversionConfig_Template(), ecorePackage.getEString(), "template", "a photo of [name], [filewords]", 0, 1, TextualInversionConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTextualInversionConfig_TemplateFile(), ecorePackage.getEString(), "templateFile", "", 0, 1, TextualInversionConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

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
		  (textualInversionConfigEClass,
		   source,
		   new String[] {
			   "documentation", "Textual inversion: the new word, its vectors, the text it starts from, the template of its captions, and what it writes."
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
		  (textualInversionConfigEClass,
		   source,
		   new String[] {
			   "defaults", "learningRate=5e-3; weightDecay=0; steps=1000"
		   });
		addAnnotation
		  (getTextualInversionConfig_Token(),
		   source,
		   new String[] {
			   "required", "true",
			   "group", "Embedding",
			   "label", "Token",
			   "help", "The word that will stand for the concept in prompts (and the embedding\'s file name); not a word of the vocabulary. Several words separated by commas train one per dataset, in the experiment\'s order, each saved as an embedding of its own."
		   });
		addAnnotation
		  (getTextualInversionConfig_InitText(),
		   source,
		   new String[] {
			   "group", "Embedding",
			   "label", "Initial text",
			   "help", "The vectors start as this text\'s token vectors (repeated to fill them); empty: zeros."
		   });
		addAnnotation
		  (getTextualInversionConfig_Vectors(),
		   source,
		   new String[] {
			   "group", "Embedding",
			   "label", "Vectors per token",
			   "min", "1",
			   "max", "75",
			   "help", "How many token vectors the word stands for."
		   });
		addAnnotation
		  (getTextualInversionConfig_InitEmbedding(),
		   source,
		   new String[] {
			   "group", "Embedding",
			   "label", "Continue from",
			   "help", "An embedding file to train further (AUTOMATIC1111\'s .pt, kohya\'s or diffusers\' safetensors; a path in the project, or absolute): its vectors are where training starts, and their number the word\'s (the initial text and the vector count are then not used). Empty: a new embedding."
		   });
		addAnnotation
		  (getTextualInversionConfig_Template(),
		   source,
		   new String[] {
			   "group", "Embedding",
			   "label", "Caption template",
			   "help", "What a step trains on, as AUTOMATIC1111\'s templates: [name] is the token, [filewords] the image\'s caption (processed as the dataset says)."
		   });
		addAnnotation
		  (getTextualInversionConfig_TemplateFile(),
		   source,
		   new String[] {
			   "group", "Embedding",
			   "label", "Template file",
			   "help", "A file of caption templates, one a line, as AUTOMATIC1111\'s textual_inversion_templates (a path in the project, or absolute; or one that comes with Atelier, by name: subject, subject_filewords, style, style_filewords, none, as AUTOMATIC1111 names them, or object, diffusers\' list): a line drawn for each image at each step. Empty: the caption template above."
		   });
	}

} //TextualInversionPackageImpl
