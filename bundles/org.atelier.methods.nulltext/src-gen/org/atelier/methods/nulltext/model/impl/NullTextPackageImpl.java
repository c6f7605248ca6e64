/**
 */
package org.atelier.methods.nulltext.model.impl;

import org.atelier.core.model.AtelierPackage;

import org.atelier.methods.nulltext.model.NullTextConfig;
import org.atelier.methods.nulltext.model.NullTextFactory;
import org.atelier.methods.nulltext.model.NullTextPackage;

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
public class NullTextPackageImpl extends EPackageImpl implements NullTextPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nullTextConfigEClass = null;

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
	 * @see org.atelier.methods.nulltext.model.NullTextPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private NullTextPackageImpl() {
		super(eNS_URI, NullTextFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link NullTextPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static NullTextPackage init() {
		if (isInited) return (NullTextPackage)EPackage.Registry.INSTANCE.getEPackage(NullTextPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredNullTextPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		NullTextPackageImpl theNullTextPackage = registeredNullTextPackage instanceof NullTextPackageImpl ? (NullTextPackageImpl)registeredNullTextPackage : new NullTextPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		AtelierPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theNullTextPackage.createPackageContents();

		// Initialize created meta-data
		theNullTextPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theNullTextPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(NullTextPackage.eNS_URI, theNullTextPackage);
		return theNullTextPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNullTextConfig() {
		return nullTextConfigEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNullTextConfig_Image() {
		return (EAttribute)nullTextConfigEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNullTextConfig_Caption() {
		return (EAttribute)nullTextConfigEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNullTextConfig_DdimSteps() {
		return (EAttribute)nullTextConfigEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNullTextConfig_Guidance() {
		return (EAttribute)nullTextConfigEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNullTextConfig_InnerSteps() {
		return (EAttribute)nullTextConfigEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNullTextConfig_LearningRate() {
		return (EAttribute)nullTextConfigEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNullTextConfig_Epsilon() {
		return (EAttribute)nullTextConfigEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNullTextConfig_CrossReplace() {
		return (EAttribute)nullTextConfigEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNullTextConfig_SelfReplace() {
		return (EAttribute)nullTextConfigEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNullTextConfig_Reweight() {
		return (EAttribute)nullTextConfigEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNullTextConfig_PlainWhenUnaligned() {
		return (EAttribute)nullTextConfigEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NullTextFactory getNullTextFactory() {
		return (NullTextFactory)getEFactoryInstance();
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
		nullTextConfigEClass = createEClass(NULL_TEXT_CONFIG);
		createEAttribute(nullTextConfigEClass, NULL_TEXT_CONFIG__IMAGE);
		createEAttribute(nullTextConfigEClass, NULL_TEXT_CONFIG__CAPTION);
		createEAttribute(nullTextConfigEClass, NULL_TEXT_CONFIG__DDIM_STEPS);
		createEAttribute(nullTextConfigEClass, NULL_TEXT_CONFIG__GUIDANCE);
		createEAttribute(nullTextConfigEClass, NULL_TEXT_CONFIG__INNER_STEPS);
		createEAttribute(nullTextConfigEClass, NULL_TEXT_CONFIG__LEARNING_RATE);
		createEAttribute(nullTextConfigEClass, NULL_TEXT_CONFIG__EPSILON);
		createEAttribute(nullTextConfigEClass, NULL_TEXT_CONFIG__CROSS_REPLACE);
		createEAttribute(nullTextConfigEClass, NULL_TEXT_CONFIG__SELF_REPLACE);
		createEAttribute(nullTextConfigEClass, NULL_TEXT_CONFIG__REWEIGHT);
		createEAttribute(nullTextConfigEClass, NULL_TEXT_CONFIG__PLAIN_WHEN_UNALIGNED);
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
		nullTextConfigEClass.getESuperTypes().add(theAtelierPackage.getMethodConfig());

		// Initialize classes, features, and operations; add parameters
		initEClass(nullTextConfigEClass, NullTextConfig.class, "NullTextConfig", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNullTextConfig_Image(), ecorePackage.getEString(), "image", "", 0, 1, NullTextConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNullTextConfig_Caption(), ecorePackage.getEString(), "caption", "", 0, 1, NullTextConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNullTextConfig_DdimSteps(), ecorePackage.getEInt(), "ddimSteps", "50", 0, 1, NullTextConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNullTextConfig_Guidance(), ecorePackage.getEDouble(), "guidance", "7.5", 0, 1, NullTextConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNullTextConfig_InnerSteps(), ecorePackage.getEInt(), "innerSteps", "10", 0, 1, NullTextConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNullTextConfig_LearningRate(), ecorePackage.getEDouble(), "learningRate", "0.01", 0, 1, NullTextConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNullTextConfig_Epsilon(), ecorePackage.getEDouble(), "epsilon", "1.0E-5", 0, 1, NullTextConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNullTextConfig_CrossReplace(), ecorePackage.getEDouble(), "crossReplace", "0.8", 0, 1, NullTextConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNullTextConfig_SelfReplace(), ecorePackage.getEDouble(), "selfReplace", "0.4", 0, 1, NullTextConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNullTextConfig_Reweight(), ecorePackage.getEString(), "reweight", "", 0, 1, NullTextConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNullTextConfig_PlainWhenUnaligned(), ecorePackage.getEBoolean(), "plainWhenUnaligned", "false", 0, 1, NullTextConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

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
		  (nullTextConfigEClass,
		   source,
		   new String[] {
			   "documentation", "Null-text inversion of one image with prompt-to-prompt edits: the image\'s DDIM inversion under its caption, the unconditional embedding of each step optimised so that guided DDIM reconstructs it (Mokady et al.), then the experiment\'s sample prompts regenerated from it as edits of the caption."
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
		  (getNullTextConfig_Image(),
		   source,
		   new String[] {
			   "group", "Image",
			   "label", "Image",
			   "help", "The image to invert: a file name in the experiment\'s dataset (empty: its first image). Its sides are cropped about the centre to multiples of 8 where they are not, and the log says so."
		   });
		addAnnotation
		  (getNullTextConfig_Caption(),
		   source,
		   new String[] {
			   "group", "Image",
			   "label", "Caption",
			   "help", "What the image shows, as the inversion\'s prompt (empty: the image\'s caption in the dataset). Edits change this caption."
		   });
		addAnnotation
		  (getNullTextConfig_DdimSteps(),
		   source,
		   new String[] {
			   "group", "Inversion",
			   "label", "DDIM steps",
			   "min", "1",
			   "max", "1000",
			   "help", "The DDIM timesteps inverted and regenerated, taken as CompVis and AUTOMATIC1111 take them (every 1000/n-th from 1); the paper\'s 50."
		   });
		addAnnotation
		  (getNullTextConfig_Guidance(),
		   source,
		   new String[] {
			   "group", "Inversion",
			   "label", "Guidance scale",
			   "min", "1",
			   "max", "30",
			   "help", "The classifier-free guidance the reconstruction and the edits are made at (the paper\'s 7.5)."
		   });
		addAnnotation
		  (getNullTextConfig_InnerSteps(),
		   source,
		   new String[] {
			   "group", "Inversion",
			   "label", "Iterations per step",
			   "min", "0",
			   "max", "100",
			   "help", "At most this many Adam iterations optimise each step\'s unconditional embedding (the paper\'s 10); 0 is plain DDIM inversion."
		   });
		addAnnotation
		  (getNullTextConfig_LearningRate(),
		   source,
		   new String[] {
			   "group", "Inversion",
			   "label", "Learning rate",
			   "min", "0",
			   "max", "1",
			   "help", "Adam\'s learning rate at the noisiest step, decaying linearly to half at the last: the paper\'s 1e-2 (1 - i/100) over its 50 steps."
		   });
		addAnnotation
		  (getNullTextConfig_Epsilon(),
		   source,
		   new String[] {
			   "group", "Inversion",
			   "label", "Early stop",
			   "min", "0",
			   "max", "1",
			   "help", "A step stops iterating once its loss is below this plus 2e-5 for each step done (the paper\'s 1e-5)."
		   });
		addAnnotation
		  (getNullTextConfig_CrossReplace(),
		   source,
		   new String[] {
			   "group", "Edits",
			   "label", "Cross-attention replace",
			   "min", "0",
			   "max", "1",
			   "help", "For this fraction of the steps each edit takes the source caption\'s cross-attention maps (prompt-to-prompt\'s cross_replace_steps)."
		   });
		addAnnotation
		  (getNullTextConfig_SelfReplace(),
		   source,
		   new String[] {
			   "group", "Edits",
			   "label", "Self-attention replace",
			   "min", "0",
			   "max", "1",
			   "help", "For this fraction of the steps each edit takes the source\'s self-attention maps, in layers of 32x32 positions or fewer (self_replace_steps)."
		   });
		addAnnotation
		  (getNullTextConfig_Reweight(),
		   source,
		   new String[] {
			   "group", "Edits",
			   "label", "Re-weight",
			   "help", "Words whose attention the edits scale, as word=factor pairs separated by commas (red=2, cat=0.5); each must be a word of some edit."
		   });
		addAnnotation
		  (getNullTextConfig_PlainWhenUnaligned(),
		   source,
		   new String[] {
			   "group", "Edits",
			   "label", "Regenerate unaligned edits plainly",
			   "help", "An edit that neither swaps words one for one nor only adds words cannot take the source\'s maps: refused unless this is set, when it is regenerated with the null texts alone."
		   });
	}

} //NullTextPackageImpl
