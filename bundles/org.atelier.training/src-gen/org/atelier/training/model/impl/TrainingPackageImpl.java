/**
 */
package org.atelier.training.model.impl;

import org.atelier.core.model.AtelierPackage;

import org.atelier.training.model.LrScheduler;
import org.atelier.training.model.MissingCaptions;
import org.atelier.training.model.OptimizerKind;
import org.atelier.training.model.TrainingConfig;
import org.atelier.training.model.TrainingFactory;
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
public class TrainingPackageImpl extends EPackageImpl implements TrainingPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trainingConfigEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum lrSchedulerEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum optimizerKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum missingCaptionsEEnum = null;

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
	 * @see org.atelier.training.model.TrainingPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private TrainingPackageImpl() {
		super(eNS_URI, TrainingFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link TrainingPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static TrainingPackage init() {
		if (isInited) return (TrainingPackage)EPackage.Registry.INSTANCE.getEPackage(TrainingPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredTrainingPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		TrainingPackageImpl theTrainingPackage = registeredTrainingPackage instanceof TrainingPackageImpl ? (TrainingPackageImpl)registeredTrainingPackage : new TrainingPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		AtelierPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theTrainingPackage.createPackageContents();

		// Initialize created meta-data
		theTrainingPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theTrainingPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(TrainingPackage.eNS_URI, theTrainingPackage);
		return theTrainingPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrainingConfig() {
		return trainingConfigEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingConfig_BatchSize() {
		return (EAttribute)trainingConfigEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingConfig_GradientAccumulation() {
		return (EAttribute)trainingConfigEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingConfig_GradientCheckpointing() {
		return (EAttribute)trainingConfigEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingConfig_FusedBackPass() {
		return (EAttribute)trainingConfigEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingConfig_LearningRate() {
		return (EAttribute)trainingConfigEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingConfig_Scheduler() {
		return (EAttribute)trainingConfigEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingConfig_WarmupSteps() {
		return (EAttribute)trainingConfigEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingConfig_Restarts() {
		return (EAttribute)trainingConfigEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingConfig_Power() {
		return (EAttribute)trainingConfigEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingConfig_Optimizer() {
		return (EAttribute)trainingConfigEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingConfig_WeightDecay() {
		return (EAttribute)trainingConfigEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingConfig_Beta1() {
		return (EAttribute)trainingConfigEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingConfig_Beta2() {
		return (EAttribute)trainingConfigEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingConfig_RelativeStep() {
		return (EAttribute)trainingConfigEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingConfig_ScaleParameter() {
		return (EAttribute)trainingConfigEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingConfig_WarmupInit() {
		return (EAttribute)trainingConfigEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingConfig_ClipThreshold() {
		return (EAttribute)trainingConfigEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingConfig_DecayRate() {
		return (EAttribute)trainingConfigEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingConfig_AdafactorBeta1() {
		return (EAttribute)trainingConfigEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingConfig_AdafactorEps1() {
		return (EAttribute)trainingConfigEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingConfig_AdafactorEps2() {
		return (EAttribute)trainingConfigEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingConfig_EmaDecay() {
		return (EAttribute)trainingConfigEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingConfig_MaxGradNorm() {
		return (EAttribute)trainingConfigEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingConfig_NoiseOffset() {
		return (EAttribute)trainingConfigEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingConfig_MinSnrGamma() {
		return (EAttribute)trainingConfigEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingConfig_ClipSkip() {
		return (EAttribute)trainingConfigEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingConfig_CheckpointEverySteps() {
		return (EAttribute)trainingConfigEClass.getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingConfig_SaveEverySteps() {
		return (EAttribute)trainingConfigEClass.getEStructuralFeatures().get(27);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingConfig_CacheLatents() {
		return (EAttribute)trainingConfigEClass.getEStructuralFeatures().get(28);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingConfig_ValidationShare() {
		return (EAttribute)trainingConfigEClass.getEStructuralFeatures().get(29);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingConfig_MissingCaptions() {
		return (EAttribute)trainingConfigEClass.getEStructuralFeatures().get(30);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLrScheduler() {
		return lrSchedulerEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOptimizerKind() {
		return optimizerKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMissingCaptions() {
		return missingCaptionsEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingFactory getTrainingFactory() {
		return (TrainingFactory)getEFactoryInstance();
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
		trainingConfigEClass = createEClass(TRAINING_CONFIG);
		createEAttribute(trainingConfigEClass, TRAINING_CONFIG__BATCH_SIZE);
		createEAttribute(trainingConfigEClass, TRAINING_CONFIG__GRADIENT_ACCUMULATION);
		createEAttribute(trainingConfigEClass, TRAINING_CONFIG__GRADIENT_CHECKPOINTING);
		createEAttribute(trainingConfigEClass, TRAINING_CONFIG__FUSED_BACK_PASS);
		createEAttribute(trainingConfigEClass, TRAINING_CONFIG__LEARNING_RATE);
		createEAttribute(trainingConfigEClass, TRAINING_CONFIG__SCHEDULER);
		createEAttribute(trainingConfigEClass, TRAINING_CONFIG__WARMUP_STEPS);
		createEAttribute(trainingConfigEClass, TRAINING_CONFIG__RESTARTS);
		createEAttribute(trainingConfigEClass, TRAINING_CONFIG__POWER);
		createEAttribute(trainingConfigEClass, TRAINING_CONFIG__OPTIMIZER);
		createEAttribute(trainingConfigEClass, TRAINING_CONFIG__WEIGHT_DECAY);
		createEAttribute(trainingConfigEClass, TRAINING_CONFIG__BETA1);
		createEAttribute(trainingConfigEClass, TRAINING_CONFIG__BETA2);
		createEAttribute(trainingConfigEClass, TRAINING_CONFIG__RELATIVE_STEP);
		createEAttribute(trainingConfigEClass, TRAINING_CONFIG__SCALE_PARAMETER);
		createEAttribute(trainingConfigEClass, TRAINING_CONFIG__WARMUP_INIT);
		createEAttribute(trainingConfigEClass, TRAINING_CONFIG__CLIP_THRESHOLD);
		createEAttribute(trainingConfigEClass, TRAINING_CONFIG__DECAY_RATE);
		createEAttribute(trainingConfigEClass, TRAINING_CONFIG__ADAFACTOR_BETA1);
		createEAttribute(trainingConfigEClass, TRAINING_CONFIG__ADAFACTOR_EPS1);
		createEAttribute(trainingConfigEClass, TRAINING_CONFIG__ADAFACTOR_EPS2);
		createEAttribute(trainingConfigEClass, TRAINING_CONFIG__EMA_DECAY);
		createEAttribute(trainingConfigEClass, TRAINING_CONFIG__MAX_GRAD_NORM);
		createEAttribute(trainingConfigEClass, TRAINING_CONFIG__NOISE_OFFSET);
		createEAttribute(trainingConfigEClass, TRAINING_CONFIG__MIN_SNR_GAMMA);
		createEAttribute(trainingConfigEClass, TRAINING_CONFIG__CLIP_SKIP);
		createEAttribute(trainingConfigEClass, TRAINING_CONFIG__CHECKPOINT_EVERY_STEPS);
		createEAttribute(trainingConfigEClass, TRAINING_CONFIG__SAVE_EVERY_STEPS);
		createEAttribute(trainingConfigEClass, TRAINING_CONFIG__CACHE_LATENTS);
		createEAttribute(trainingConfigEClass, TRAINING_CONFIG__VALIDATION_SHARE);
		createEAttribute(trainingConfigEClass, TRAINING_CONFIG__MISSING_CAPTIONS);

		// Create enums
		lrSchedulerEEnum = createEEnum(LR_SCHEDULER);
		optimizerKindEEnum = createEEnum(OPTIMIZER_KIND);
		missingCaptionsEEnum = createEEnum(MISSING_CAPTIONS);
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
		trainingConfigEClass.getESuperTypes().add(theAtelierPackage.getMethodConfig());
		trainingConfigEClass.getESuperTypes().add(theAtelierPackage.getTrainsInSteps());

		// Initialize classes, features, and operations; add parameters
		initEClass(trainingConfigEClass, TrainingConfig.class, "TrainingConfig", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTrainingConfig_BatchSize(), ecorePackage.getEInt(), "batchSize", "1", 0, 1, TrainingConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingConfig_GradientAccumulation(), ecorePackage.getEInt(), "gradientAccumulation", "1", 0, 1, TrainingConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingConfig_GradientCheckpointing(), ecorePackage.getEBoolean(), "gradientCheckpointing", "false", 0, 1, TrainingConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingConfig_FusedBackPass(), ecorePackage.getEBoolean(), "fusedBackPass", "false", 0, 1, TrainingConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingConfig_LearningRate(), ecorePackage.getEString(), "learningRate", "1e-4", 0, 1, TrainingConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingConfig_Scheduler(), this.getLrScheduler(), "scheduler", "CONSTANT", 0, 1, TrainingConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingConfig_WarmupSteps(), ecorePackage.getEInt(), "warmupSteps", "0", 0, 1, TrainingConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingConfig_Restarts(), ecorePackage.getEInt(), "restarts", "1", 0, 1, TrainingConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingConfig_Power(), ecorePackage.getEDouble(), "power", "1.0", 0, 1, TrainingConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingConfig_Optimizer(), this.getOptimizerKind(), "optimizer", "ADAMW", 0, 1, TrainingConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingConfig_WeightDecay(), ecorePackage.getEDouble(), "weightDecay", "0.01", 0, 1, TrainingConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingConfig_Beta1(), ecorePackage.getEDouble(), "beta1", "0.9", 0, 1, TrainingConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingConfig_Beta2(), ecorePackage.getEDouble(), "beta2", "0.999", 0, 1, TrainingConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingConfig_RelativeStep(), ecorePackage.getEBoolean(), "relativeStep", "true", 0, 1, TrainingConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingConfig_ScaleParameter(), ecorePackage.getEBoolean(), "scaleParameter", "true", 0, 1, TrainingConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingConfig_WarmupInit(), ecorePackage.getEBoolean(), "warmupInit", "false", 0, 1, TrainingConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingConfig_ClipThreshold(), ecorePackage.getEDouble(), "clipThreshold", "1.0", 0, 1, TrainingConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingConfig_DecayRate(), ecorePackage.getEDouble(), "decayRate", "-0.8", 0, 1, TrainingConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingConfig_AdafactorBeta1(), ecorePackage.getEDouble(), "adafactorBeta1", "0.0", 0, 1, TrainingConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingConfig_AdafactorEps1(), ecorePackage.getEDouble(), "adafactorEps1", "1.0E-30", 0, 1, TrainingConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingConfig_AdafactorEps2(), ecorePackage.getEDouble(), "adafactorEps2", "0.001", 0, 1, TrainingConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingConfig_EmaDecay(), ecorePackage.getEDouble(), "emaDecay", "0.0", 0, 1, TrainingConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingConfig_MaxGradNorm(), ecorePackage.getEDouble(), "maxGradNorm", "1.0", 0, 1, TrainingConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingConfig_NoiseOffset(), ecorePackage.getEDouble(), "noiseOffset", "0.0", 0, 1, TrainingConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingConfig_MinSnrGamma(), ecorePackage.getEDouble(), "minSnrGamma", "0.0", 0, 1, TrainingConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingConfig_ClipSkip(), ecorePackage.getEInt(), "clipSkip", "1", 0, 1, TrainingConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingConfig_CheckpointEverySteps(), ecorePackage.getEInt(), "checkpointEverySteps", "100", 0, 1, TrainingConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingConfig_SaveEverySteps(), ecorePackage.getEInt(), "saveEverySteps", "0", 0, 1, TrainingConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingConfig_CacheLatents(), ecorePackage.getEBoolean(), "cacheLatents", "true", 0, 1, TrainingConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingConfig_ValidationShare(), ecorePackage.getEDouble(), "validationShare", "0.0", 0, 1, TrainingConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingConfig_MissingCaptions(), this.getMissingCaptions(), "missingCaptions", "USE_CLASS_TOKENS", 0, 1, TrainingConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(lrSchedulerEEnum, LrScheduler.class, "LrScheduler");
		addEEnumLiteral(lrSchedulerEEnum, LrScheduler.CONSTANT);
		addEEnumLiteral(lrSchedulerEEnum, LrScheduler.LINEAR);
		addEEnumLiteral(lrSchedulerEEnum, LrScheduler.COSINE);
		addEEnumLiteral(lrSchedulerEEnum, LrScheduler.COSINE_WITH_RESTARTS);
		addEEnumLiteral(lrSchedulerEEnum, LrScheduler.POLYNOMIAL);

		initEEnum(optimizerKindEEnum, OptimizerKind.class, "OptimizerKind");
		addEEnumLiteral(optimizerKindEEnum, OptimizerKind.ADAMW);
		addEEnumLiteral(optimizerKindEEnum, OptimizerKind.ADAM);
		addEEnumLiteral(optimizerKindEEnum, OptimizerKind.LION);
		addEEnumLiteral(optimizerKindEEnum, OptimizerKind.SGD);
		addEEnumLiteral(optimizerKindEEnum, OptimizerKind.PRODIGY);
		addEEnumLiteral(optimizerKindEEnum, OptimizerKind.ADAFACTOR);

		initEEnum(missingCaptionsEEnum, MissingCaptions.class, "MissingCaptions");
		addEEnumLiteral(missingCaptionsEEnum, MissingCaptions.USE_CLASS_TOKENS);
		addEEnumLiteral(missingCaptionsEEnum, MissingCaptions.STOP);

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
		  (trainingConfigEClass,
		   source,
		   new String[] {
			   "documentation", "The hyperparameters every training method shares: the loop, the optimizer and its schedule, the loss, checkpoints and the data pipeline. Methods subclass it (it is concrete so that dynamic EPackages can subclass it: EMF makes their objects from the nearest generated concrete class)."
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
		  (getTrainingConfig_BatchSize(),
		   source,
		   new String[] {
			   "group", "Training",
			   "label", "Batch size",
			   "min", "1",
			   "max", "64",
			   "help", "Images per forward pass; a batch holds images of one bucket."
		   });
		addAnnotation
		  (getTrainingConfig_GradientAccumulation(),
		   source,
		   new String[] {
			   "group", "Training",
			   "label", "Gradient accumulation",
			   "min", "1",
			   "max", "256",
			   "help", "Forward passes whose gradients add up before each optimizer step."
		   });
		addAnnotation
		  (getTrainingConfig_GradientCheckpointing(),
		   source,
		   new String[] {
			   "group", "Training",
			   "label", "Gradient checkpointing",
			   "help", "Keep only the inputs of the UNet\'s blocks for the backward pass and recompute each block there, as diffusers\' and kohya\'s gradient checkpointing do: the activations take a fraction of the memory (the blocks\' inputs and one block\'s at a time), a step takes about one more forward pass of time, and the gradients are the same."
		   });
		addAnnotation
		  (getTrainingConfig_FusedBackPass(),
		   source,
		   new String[] {
			   "shownWhen", "gradientCheckpointing=true",
			   "group", "Training",
			   "label", "Fused back pass",
			   "help", "Step each of the UNet\'s blocks as soon as the backward pass has gone through it, and free its gradients, as OneTrainer\'s fused back pass does: the gradients of full-weight training take one block\'s memory instead of the whole UNet\'s. Needs gradient checkpointing and an optimizer that steps each weight alone (not Prodigy); gradients are clipped weight by weight. With gradient accumulation only the last pass is fused, so it saves nothing there."
		   });
		addAnnotation
		  (getTrainingConfig_LearningRate(),
		   source,
		   new String[] {
			   "group", "Optimizer",
			   "label", "Learning rate",
			   "help", "A number, or AUTOMATIC1111\'s schedule: rates with the step they last until, such as 0.005:100, 1e-3:1000, 1e-5 (the last one lasts to the end). A schedule replaces the scheduler below."
		   });
		addAnnotation
		  (getTrainingConfig_Scheduler(),
		   source,
		   new String[] {
			   "group", "Optimizer",
			   "label", "Scheduler",
			   "help", "How the learning rate changes over the steps, after the warm-up."
		   });
		addAnnotation
		  (getTrainingConfig_WarmupSteps(),
		   source,
		   new String[] {
			   "group", "Optimizer",
			   "label", "Warm-up steps",
			   "min", "0",
			   "max", "1000000",
			   "help", "Steps over which the learning rate rises linearly from 0."
		   });
		addAnnotation
		  (getTrainingConfig_Restarts(),
		   source,
		   new String[] {
			   "shownWhen", "scheduler=COSINE_WITH_RESTARTS",
			   "group", "Optimizer",
			   "label", "Restarts",
			   "min", "1",
			   "max", "1000",
			   "help", "Cycles of the cosine schedule with restarts."
		   });
		addAnnotation
		  (getTrainingConfig_Power(),
		   source,
		   new String[] {
			   "shownWhen", "scheduler=POLYNOMIAL",
			   "group", "Optimizer",
			   "label", "Power",
			   "min", "0",
			   "max", "10",
			   "help", "The exponent of the polynomial decay (1: linear)."
		   });
		addAnnotation
		  (getTrainingConfig_Optimizer(),
		   source,
		   new String[] {
			   "group", "Optimizer",
			   "label", "Optimizer",
			   "help", "AdamW (decoupled weight decay), Adam (L2 weight decay), Lion (sign of the interpolated momentum), SGD with momentum, Prodigy (Adam that finds its own step size: set the learning rate to 1, a multiplier of what it finds), Adafactor (Adam with the second moment factored into its rows and columns: a fraction of its memory; finds its own step size unless Relative step is off)."
		   });
		addAnnotation
		  (getTrainingConfig_WeightDecay(),
		   source,
		   new String[] {
			   "group", "Optimizer",
			   "label", "Weight decay",
			   "min", "0",
			   "max", "1",
			   "help", "The weights shrink by the learning rate times this at each step (Adam and SGD: added to the gradient instead). Adafactor\'s own default is 0."
		   });
		addAnnotation
		  (getTrainingConfig_Beta1(),
		   source,
		   new String[] {
			   "shownWhen", "optimizer=ADAMW,ADAM,LION,SGD,PRODIGY",
			   "group", "Optimizer",
			   "label", "Beta 1",
			   "min", "0",
			   "max", "1",
			   "help", "AdamW, Adam, Lion, Prodigy: the first moment\'s decay; SGD: the momentum."
		   });
		addAnnotation
		  (getTrainingConfig_Beta2(),
		   source,
		   new String[] {
			   "shownWhen", "optimizer=ADAMW,ADAM,LION,PRODIGY",
			   "group", "Optimizer",
			   "label", "Beta 2",
			   "min", "0",
			   "max", "1",
			   "help", "AdamW, Adam, Lion, Prodigy: the second moment\'s decay (Lion: the momentum\'s; Prodigy averages its distance estimate with its square root)."
		   });
		addAnnotation
		  (getTrainingConfig_RelativeStep(),
		   source,
		   new String[] {
			   "shownWhen", "optimizer=ADAFACTOR",
			   "group", "Optimizer",
			   "label", "Relative step",
			   "help", "Adafactor makes its own step size, min(1e-2, 1/sqrt(step)), times the parameter\'s scale: the learning rate, its scheduler and warm-up and the text encoder\'s rate are then ignored, as in kohya, and the Run view charts the rate it makes (relative_step; on by default there and in transformers). Off: the learning rate and its schedule apply."
		   });
		addAnnotation
		  (getTrainingConfig_ScaleParameter(),
		   source,
		   new String[] {
			   "shownWhen", "optimizer=ADAFACTOR",
			   "group", "Optimizer",
			   "label", "Scale by the parameter",
			   "help", "Multiplies the step size by the parameter\'s root mean square (at least Epsilon 2), so that each weight moves in proportion to its size (scale_parameter); with Relative step off, the learning rate too."
		   });
		addAnnotation
		  (getTrainingConfig_WarmupInit(),
		   source,
		   new String[] {
			   "shownWhen", "optimizer=ADAFACTOR",
			   "group", "Optimizer",
			   "label", "Warm-up init",
			   "help", "With Relative step (which it needs): the step size rises as 1e-6 \u00d7 step instead of starting at 1e-2 (warmup_init)."
		   });
		addAnnotation
		  (getTrainingConfig_ClipThreshold(),
		   source,
		   new String[] {
			   "shownWhen", "optimizer=ADAFACTOR",
			   "group", "Optimizer",
			   "label", "Update clipping",
			   "min", "0.001",
			   "max", "1000",
			   "help", "An update whose root mean square exceeds this is scaled down to it (clip_threshold)."
		   });
		addAnnotation
		  (getTrainingConfig_DecayRate(),
		   source,
		   new String[] {
			   "shownWhen", "optimizer=ADAFACTOR",
			   "group", "Optimizer",
			   "label", "Decay rate",
			   "min", "-1",
			   "max", "0",
			   "help", "The second moment\'s averaging: at step t it keeps 1 - t^rate of the past (decay_rate; -0.8 as in the paper)."
		   });
		addAnnotation
		  (getTrainingConfig_AdafactorBeta1(),
		   source,
		   new String[] {
			   "shownWhen", "optimizer=ADAFACTOR",
			   "group", "Optimizer",
			   "label", "Beta 1 (Adafactor)",
			   "min", "0",
			   "max", "0.9999",
			   "help", "The first moment\'s decay (beta1); 0 keeps none, Adafactor\'s default: a first moment costs a full copy of the trained weights."
		   });
		addAnnotation
		  (getTrainingConfig_AdafactorEps1(),
		   source,
		   new String[] {
			   "shownWhen", "optimizer=ADAFACTOR",
			   "group", "Optimizer",
			   "label", "Epsilon 1",
			   "min", "0",
			   "max", "1",
			   "help", "Added to the squared gradients before they are averaged (eps, its first value)."
		   });
		addAnnotation
		  (getTrainingConfig_AdafactorEps2(),
		   source,
		   new String[] {
			   "shownWhen", "optimizer=ADAFACTOR",
			   "group", "Optimizer",
			   "label", "Epsilon 2",
			   "min", "0",
			   "max", "1",
			   "help", "The least parameter scale that Scale by the parameter takes (eps, its second value)."
		   });
		addAnnotation
		  (getTrainingConfig_EmaDecay(),
		   source,
		   new String[] {
			   "group", "Optimizer",
			   "label", "EMA decay",
			   "min", "0",
			   "max", "0.99999",
			   "help", "Keep an exponential moving average of the trained weights (0.999 is usual; 0 for none): samples and the result are made with the average, the validation loss with the trained weights."
		   });
		addAnnotation
		  (getTrainingConfig_MaxGradNorm(),
		   source,
		   new String[] {
			   "group", "Optimizer",
			   "label", "Gradient clipping",
			   "min", "0",
			   "max", "1000",
			   "help", "The largest norm of all gradients together; 0 for no clipping."
		   });
		addAnnotation
		  (getTrainingConfig_NoiseOffset(),
		   source,
		   new String[] {
			   "group", "Loss",
			   "label", "Noise offset",
			   "min", "0",
			   "max", "1",
			   "help", "Adds this much of one random value per image and channel to the noise (darker darks, brighter brights)."
		   });
		addAnnotation
		  (getTrainingConfig_MinSnrGamma(),
		   source,
		   new String[] {
			   "group", "Loss",
			   "label", "Min-SNR gamma",
			   "min", "0",
			   "max", "100",
			   "help", "Weighs each timestep\'s loss by min(SNR, gamma) / SNR (divided by SNR + 1 for v-prediction); 0 for none, 5 is usual."
		   });
		addAnnotation
		  (getTrainingConfig_ClipSkip(),
		   source,
		   new String[] {
			   "group", "Loss",
			   "label", "CLIP skip",
			   "min", "1",
			   "max", "12",
			   "help", "As in AUTOMATIC1111: 2 takes the text encoder\'s penultimate layer."
		   });
		addAnnotation
		  (getTrainingConfig_CheckpointEverySteps(),
		   source,
		   new String[] {
			   "group", "Saving",
			   "label", "Checkpoint every",
			   "min", "1",
			   "max", "1000000",
			   "help", "Steps between resumable checkpoints (and validation, when some images are held out)."
		   });
		addAnnotation
		  (getTrainingConfig_SaveEverySteps(),
		   source,
		   new String[] {
			   "group", "Saving",
			   "label", "Save result every",
			   "min", "0",
			   "max", "1000000",
			   "help", "Steps between usable copies of the result on the way (kohya\'s save_every_n_steps, AUTOMATIC1111\'s \'save a copy of the embedding every N steps\'), each named with its step (an embedding: name-500.pt, a word of its own; other results in a folder step-00000500); 0: the end\'s only."
		   });
		addAnnotation
		  (getTrainingConfig_CacheLatents(),
		   source,
		   new String[] {
			   "group", "Data",
			   "label", "Cache latents",
			   "help", "Encode each image once and keep its latents on disk, reused until the image, the VAE or the bucket changes."
		   });
		addAnnotation
		  (getTrainingConfig_ValidationShare(),
		   source,
		   new String[] {
			   "group", "Data",
			   "label", "Held out",
			   "min", "0",
			   "max", "0.5",
			   "help", "The share of images kept out of training to measure a validation loss with fixed noise and timesteps."
		   });
		addAnnotation
		  (getTrainingConfig_MissingCaptions(),
		   source,
		   new String[] {
			   "group", "Data",
			   "label", "Images without captions",
			   "help", "Use the subset\'s class tokens (or its folder\'s name) for an image without a caption file, or stop with the list."
		   });
	}

} //TrainingPackageImpl
