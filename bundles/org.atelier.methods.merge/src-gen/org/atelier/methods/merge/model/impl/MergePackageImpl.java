/**
 */
package org.atelier.methods.merge.model.impl;

import org.atelier.core.model.AtelierPackage;

import org.atelier.methods.merge.model.MergeAlgorithm;
import org.atelier.methods.merge.model.MergeConfig;
import org.atelier.methods.merge.model.MergeFactory;
import org.atelier.methods.merge.model.MergePackage;
import org.atelier.methods.merge.model.OutputFormat;

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
public class MergePackageImpl extends EPackageImpl implements MergePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mergeConfigEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum mergeAlgorithmEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum outputFormatEEnum = null;

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
	 * @see org.atelier.methods.merge.model.MergePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private MergePackageImpl() {
		super(eNS_URI, MergeFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link MergePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static MergePackage init() {
		if (isInited) return (MergePackage)EPackage.Registry.INSTANCE.getEPackage(MergePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredMergePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		MergePackageImpl theMergePackage = registeredMergePackage instanceof MergePackageImpl ? (MergePackageImpl)registeredMergePackage : new MergePackageImpl();

		isInited = true;

		// Initialize simple dependencies
		AtelierPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theMergePackage.createPackageContents();

		// Initialize created meta-data
		theMergePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theMergePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(MergePackage.eNS_URI, theMergePackage);
		return theMergePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMergeConfig() {
		return mergeConfigEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMergeConfig_Algorithm() {
		return (EAttribute)mergeConfigEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMergeConfig_ModelB() {
		return (EReference)mergeConfigEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMergeConfig_ModelC() {
		return (EReference)mergeConfigEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMergeConfig_Multiplier() {
		return (EAttribute)mergeConfigEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMergeConfig_Beta() {
		return (EAttribute)mergeConfigEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMergeConfig_Seed() {
		return (EAttribute)mergeConfigEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMergeConfig_BlockWeights() {
		return (EAttribute)mergeConfigEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMergeConfig_DiscardWeights() {
		return (EAttribute)mergeConfigEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMergeConfig_BakeVae() {
		return (EAttribute)mergeConfigEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMergeConfig_OutputFormat() {
		return (EAttribute)mergeConfigEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMergeConfig_OutputName() {
		return (EAttribute)mergeConfigEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMergeAlgorithm() {
		return mergeAlgorithmEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOutputFormat() {
		return outputFormatEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MergeFactory getMergeFactory() {
		return (MergeFactory)getEFactoryInstance();
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
		mergeConfigEClass = createEClass(MERGE_CONFIG);
		createEAttribute(mergeConfigEClass, MERGE_CONFIG__ALGORITHM);
		createEReference(mergeConfigEClass, MERGE_CONFIG__MODEL_B);
		createEReference(mergeConfigEClass, MERGE_CONFIG__MODEL_C);
		createEAttribute(mergeConfigEClass, MERGE_CONFIG__MULTIPLIER);
		createEAttribute(mergeConfigEClass, MERGE_CONFIG__BETA);
		createEAttribute(mergeConfigEClass, MERGE_CONFIG__SEED);
		createEAttribute(mergeConfigEClass, MERGE_CONFIG__BLOCK_WEIGHTS);
		createEAttribute(mergeConfigEClass, MERGE_CONFIG__DISCARD_WEIGHTS);
		createEAttribute(mergeConfigEClass, MERGE_CONFIG__BAKE_VAE);
		createEAttribute(mergeConfigEClass, MERGE_CONFIG__OUTPUT_FORMAT);
		createEAttribute(mergeConfigEClass, MERGE_CONFIG__OUTPUT_NAME);

		// Create enums
		mergeAlgorithmEEnum = createEEnum(MERGE_ALGORITHM);
		outputFormatEEnum = createEEnum(OUTPUT_FORMAT);
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
		mergeConfigEClass.getESuperTypes().add(theAtelierPackage.getMethodConfig());
		mergeConfigEClass.getESuperTypes().add(theAtelierPackage.getSavesWeights());

		// Initialize classes, features, and operations; add parameters
		initEClass(mergeConfigEClass, MergeConfig.class, "MergeConfig", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMergeConfig_Algorithm(), this.getMergeAlgorithm(), "algorithm", "WEIGHTED_SUM", 0, 1, MergeConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMergeConfig_ModelB(), theAtelierPackage.getBaseModel(), null, "modelB", null, 0, 1, MergeConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMergeConfig_ModelC(), theAtelierPackage.getBaseModel(), null, "modelC", null, 0, 1, MergeConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMergeConfig_Multiplier(), ecorePackage.getEDouble(), "multiplier", "0.5", 0, 1, MergeConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMergeConfig_Beta(), ecorePackage.getEDouble(), "beta", "0.0", 0, 1, MergeConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMergeConfig_Seed(), ecorePackage.getELong(), "seed", "0", 0, 1, MergeConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMergeConfig_BlockWeights(), ecorePackage.getEString(), "blockWeights", null, 0, 1, MergeConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMergeConfig_DiscardWeights(), ecorePackage.getEString(), "discardWeights", null, 0, 1, MergeConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMergeConfig_BakeVae(), ecorePackage.getEString(), "bakeVae", null, 0, 1, MergeConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMergeConfig_OutputFormat(), this.getOutputFormat(), "outputFormat", "SAFETENSORS", 0, 1, MergeConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMergeConfig_OutputName(), ecorePackage.getEString(), "outputName", "merged", 0, 1, MergeConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(mergeAlgorithmEEnum, MergeAlgorithm.class, "MergeAlgorithm");
		addEEnumLiteral(mergeAlgorithmEEnum, MergeAlgorithm.WEIGHTED_SUM);
		addEEnumLiteral(mergeAlgorithmEEnum, MergeAlgorithm.ADD_DIFFERENCE);
		addEEnumLiteral(mergeAlgorithmEEnum, MergeAlgorithm.TRIPLE_SUM);
		addEEnumLiteral(mergeAlgorithmEEnum, MergeAlgorithm.SUM_TWICE);
		addEEnumLiteral(mergeAlgorithmEEnum, MergeAlgorithm.NO_INTERPOLATION);
		addEEnumLiteral(mergeAlgorithmEEnum, MergeAlgorithm.SLERP);
		addEEnumLiteral(mergeAlgorithmEEnum, MergeAlgorithm.ADD_PERPENDICULAR);
		addEEnumLiteral(mergeAlgorithmEEnum, MergeAlgorithm.TIES);
		addEEnumLiteral(mergeAlgorithmEEnum, MergeAlgorithm.DARE);
		addEEnumLiteral(mergeAlgorithmEEnum, MergeAlgorithm.DARE_TIES);
		addEEnumLiteral(mergeAlgorithmEEnum, MergeAlgorithm.TRAIN_DIFFERENCE);
		addEEnumLiteral(mergeAlgorithmEEnum, MergeAlgorithm.TENSOR_SUM);
		addEEnumLiteral(mergeAlgorithmEEnum, MergeAlgorithm.TENSOR_SWAP);
		addEEnumLiteral(mergeAlgorithmEEnum, MergeAlgorithm.COSINE_A);
		addEEnumLiteral(mergeAlgorithmEEnum, MergeAlgorithm.COSINE_B);

		initEEnum(outputFormatEEnum, OutputFormat.class, "OutputFormat");
		addEEnumLiteral(outputFormatEEnum, OutputFormat.SAFETENSORS);
		addEEnumLiteral(outputFormatEEnum, OutputFormat.CKPT);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://atelier.org/ui
		createUiAnnotations();
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
		  (getMergeConfig_Algorithm(),
		   source,
		   new String[] {
			   "group", "Merge",
			   "help", "Weighted sum: (1 - M) A + M B. Add difference: A + M (B - C). Triple sum: (1 - M - N) A + M B + N C. Sum twice: (1 - N) ((1 - M) A + M B) + N C. Train difference: A + 1.8 M (B - C) |B - A| / (|B - C| + |B - A|). Tensor sum: the slice [N, N + M) of each tensor\'s first dimension from B, the rest from A; tensor swap: the same along the second dimension. SLERP: spherical from A to B by M. Add perpendicular: A + M times the part of B - C at right angles to A - C. TIES: C + M ties(A - C, B - C) at density N. DARE: A + M (B - C) with changes kept at rate N. DARE-TIES: TIES with DARE\'s drop. Cosine A and B: A where A and B point alike, B where they part (M: the similarity below which B comes in). No interpolation: A re-saved. A is the experiment\'s base model."
		   });
		addAnnotation
		  (getMergeConfig_ModelB(),
		   source,
		   new String[] {
			   "shownWhen", "algorithm=WEIGHTED_SUM,ADD_DIFFERENCE,TRIPLE_SUM,SUM_TWICE,TRAIN_DIFFERENCE,TENSOR_SUM,TENSOR_SWAP,SLERP,ADD_PERPENDICULAR,TIES,DARE,DARE_TIES,COSINE_A,COSINE_B",
			   "required", "true",
			   "group", "Merge",
			   "label", "Model B"
		   });
		addAnnotation
		  (getMergeConfig_ModelC(),
		   source,
		   new String[] {
			   "shownWhen", "algorithm=ADD_DIFFERENCE,TRIPLE_SUM,SUM_TWICE,TRAIN_DIFFERENCE,ADD_PERPENDICULAR,TIES,DARE,DARE_TIES",
			   "required", "true",
			   "group", "Merge",
			   "label", "Model C",
			   "help", "The third model: the base that B (and, for TIES, A) changed from."
		   });
		addAnnotation
		  (getMergeConfig_Multiplier(),
		   source,
		   new String[] {
			   "shownWhen", "algorithm=WEIGHTED_SUM,ADD_DIFFERENCE,TRIPLE_SUM,SUM_TWICE,TRAIN_DIFFERENCE,TENSOR_SUM,TENSOR_SWAP,SLERP,ADD_PERPENDICULAR,TIES,DARE,DARE_TIES,COSINE_A,COSINE_B",
			   "group", "Merge",
			   "label", "Multiplier (M)",
			   "min", "0",
			   "max", "1"
		   });
		addAnnotation
		  (getMergeConfig_Beta(),
		   source,
		   new String[] {
			   "shownWhen", "algorithm=TRIPLE_SUM,SUM_TWICE,TENSOR_SUM,TENSOR_SWAP,TIES,DARE,DARE_TIES",
			   "group", "Merge",
			   "label", "Second parameter (N)",
			   "min", "0",
			   "max", "1",
			   "help", "C\'s multiplier for triple sum and sum twice; the offset of the slice for tensor sum and swap; the density (share of changes kept) for TIES, DARE and DARE-TIES."
		   });
		addAnnotation
		  (getMergeConfig_Seed(),
		   source,
		   new String[] {
			   "shownWhen", "algorithm=DARE,DARE_TIES",
			   "group", "Merge",
			   "help", "For DARE and DARE-TIES: the same seed drops the same changes."
		   });
		addAnnotation
		  (getMergeConfig_BlockWeights(),
		   source,
		   new String[] {
			   "shownWhen", "algorithm=WEIGHTED_SUM,ADD_DIFFERENCE,TRIPLE_SUM,SUM_TWICE,TRAIN_DIFFERENCE,TENSOR_SUM,TENSOR_SWAP,SLERP,ADD_PERPENDICULAR,TIES,DARE,DARE_TIES,COSINE_A,COSINE_B",
			   "group", "Block weights",
			   "help", "Multipliers per UNet block, empty for none: a preset (ALL_A, ALL_B, FLAT_25, FLAT_75, GRAD_V, GRAD_A, SMOOTHSTEP, REVERSE-SMOOTHSTEP, COSINE, REVERSE_COSINE) or comma-separated numbers, 25 for SD 1.x/2.x (IN00-IN11, M00, OUT00-OUT11; the multiplier then weighs everything else) or 20 for SDXL (BASE, IN00-IN08, MID, OUT00-OUT08)."
		   });
		addAnnotation
		  (getMergeConfig_DiscardWeights(),
		   source,
		   new String[] {
			   "group", "Output",
			   "help", "A regular expression: A\'s keys that match are left out (for example ^model_ema)."
		   });
		addAnnotation
		  (getMergeConfig_BakeVae(),
		   source,
		   new String[] {
			   "group", "Output",
			   "label", "Bake in VAE",
			   "help", "A VAE file (.safetensors, .pt or .ckpt; a path relative to the project, or absolute) whose weights replace the merged model\'s VAE."
		   });
		addAnnotation
		  (getMergeConfig_OutputFormat(),
		   source,
		   new String[] {
			   "group", "Output",
			   "help", "safetensors, or a PyTorch .ckpt for tools that need one."
		   });
		addAnnotation
		  (getMergeConfig_OutputName(),
		   source,
		   new String[] {
			   "group", "Output"
		   });
	}

} //MergePackageImpl
