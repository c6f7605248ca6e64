/**
 */
package org.atelier.methods.merge.model;

import org.atelier.core.model.AtelierPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see org.atelier.methods.merge.model.MergeFactory
 * @model kind="package"
 * @generated
 */
public interface MergePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://atelier.org/methods/merge/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "merge";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	MergePackage eINSTANCE = org.atelier.methods.merge.model.impl.MergePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.atelier.methods.merge.model.impl.MergeConfigImpl <em>Config</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.methods.merge.model.impl.MergeConfigImpl
	 * @see org.atelier.methods.merge.model.impl.MergePackageImpl#getMergeConfig()
	 * @generated
	 */
	int MERGE_CONFIG = 0;

	/**
	 * The feature id for the '<em><b>Output Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFIG__OUTPUT_TYPE = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Algorithm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFIG__ALGORITHM = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Model B</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFIG__MODEL_B = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Model C</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFIG__MODEL_C = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Multiplier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFIG__MULTIPLIER = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Beta</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFIG__BETA = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFIG__SEED = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Block Weights</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFIG__BLOCK_WEIGHTS = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Discard Weights</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFIG__DISCARD_WEIGHTS = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Bake Vae</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFIG__BAKE_VAE = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Output Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFIG__OUTPUT_FORMAT = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Output Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFIG__OUTPUT_NAME = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFIG_FEATURE_COUNT = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFIG_OPERATION_COUNT = AtelierPackage.METHOD_CONFIG_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atelier.methods.merge.model.MergeAlgorithm <em>Algorithm</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.methods.merge.model.MergeAlgorithm
	 * @see org.atelier.methods.merge.model.impl.MergePackageImpl#getMergeAlgorithm()
	 * @generated
	 */
	int MERGE_ALGORITHM = 1;

	/**
	 * The meta object id for the '{@link org.atelier.methods.merge.model.OutputFormat <em>Output Format</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.methods.merge.model.OutputFormat
	 * @see org.atelier.methods.merge.model.impl.MergePackageImpl#getOutputFormat()
	 * @generated
	 */
	int OUTPUT_FORMAT = 2;


	/**
	 * Returns the meta object for class '{@link org.atelier.methods.merge.model.MergeConfig <em>Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Config</em>'.
	 * @see org.atelier.methods.merge.model.MergeConfig
	 * @generated
	 */
	EClass getMergeConfig();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.merge.model.MergeConfig#getAlgorithm <em>Algorithm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Algorithm</em>'.
	 * @see org.atelier.methods.merge.model.MergeConfig#getAlgorithm()
	 * @see #getMergeConfig()
	 * @generated
	 */
	EAttribute getMergeConfig_Algorithm();

	/**
	 * Returns the meta object for the reference '{@link org.atelier.methods.merge.model.MergeConfig#getModelB <em>Model B</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Model B</em>'.
	 * @see org.atelier.methods.merge.model.MergeConfig#getModelB()
	 * @see #getMergeConfig()
	 * @generated
	 */
	EReference getMergeConfig_ModelB();

	/**
	 * Returns the meta object for the reference '{@link org.atelier.methods.merge.model.MergeConfig#getModelC <em>Model C</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Model C</em>'.
	 * @see org.atelier.methods.merge.model.MergeConfig#getModelC()
	 * @see #getMergeConfig()
	 * @generated
	 */
	EReference getMergeConfig_ModelC();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.merge.model.MergeConfig#getMultiplier <em>Multiplier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Multiplier</em>'.
	 * @see org.atelier.methods.merge.model.MergeConfig#getMultiplier()
	 * @see #getMergeConfig()
	 * @generated
	 */
	EAttribute getMergeConfig_Multiplier();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.merge.model.MergeConfig#getBeta <em>Beta</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beta</em>'.
	 * @see org.atelier.methods.merge.model.MergeConfig#getBeta()
	 * @see #getMergeConfig()
	 * @generated
	 */
	EAttribute getMergeConfig_Beta();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.merge.model.MergeConfig#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.atelier.methods.merge.model.MergeConfig#getSeed()
	 * @see #getMergeConfig()
	 * @generated
	 */
	EAttribute getMergeConfig_Seed();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.merge.model.MergeConfig#getBlockWeights <em>Block Weights</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Block Weights</em>'.
	 * @see org.atelier.methods.merge.model.MergeConfig#getBlockWeights()
	 * @see #getMergeConfig()
	 * @generated
	 */
	EAttribute getMergeConfig_BlockWeights();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.merge.model.MergeConfig#getDiscardWeights <em>Discard Weights</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Discard Weights</em>'.
	 * @see org.atelier.methods.merge.model.MergeConfig#getDiscardWeights()
	 * @see #getMergeConfig()
	 * @generated
	 */
	EAttribute getMergeConfig_DiscardWeights();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.merge.model.MergeConfig#getBakeVae <em>Bake Vae</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bake Vae</em>'.
	 * @see org.atelier.methods.merge.model.MergeConfig#getBakeVae()
	 * @see #getMergeConfig()
	 * @generated
	 */
	EAttribute getMergeConfig_BakeVae();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.merge.model.MergeConfig#getOutputFormat <em>Output Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Output Format</em>'.
	 * @see org.atelier.methods.merge.model.MergeConfig#getOutputFormat()
	 * @see #getMergeConfig()
	 * @generated
	 */
	EAttribute getMergeConfig_OutputFormat();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.merge.model.MergeConfig#getOutputName <em>Output Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Output Name</em>'.
	 * @see org.atelier.methods.merge.model.MergeConfig#getOutputName()
	 * @see #getMergeConfig()
	 * @generated
	 */
	EAttribute getMergeConfig_OutputName();

	/**
	 * Returns the meta object for enum '{@link org.atelier.methods.merge.model.MergeAlgorithm <em>Algorithm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Algorithm</em>'.
	 * @see org.atelier.methods.merge.model.MergeAlgorithm
	 * @generated
	 */
	EEnum getMergeAlgorithm();

	/**
	 * Returns the meta object for enum '{@link org.atelier.methods.merge.model.OutputFormat <em>Output Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Output Format</em>'.
	 * @see org.atelier.methods.merge.model.OutputFormat
	 * @generated
	 */
	EEnum getOutputFormat();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	MergeFactory getMergeFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.atelier.methods.merge.model.impl.MergeConfigImpl <em>Config</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.methods.merge.model.impl.MergeConfigImpl
		 * @see org.atelier.methods.merge.model.impl.MergePackageImpl#getMergeConfig()
		 * @generated
		 */
		EClass MERGE_CONFIG = eINSTANCE.getMergeConfig();

		/**
		 * The meta object literal for the '<em><b>Algorithm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFIG__ALGORITHM = eINSTANCE.getMergeConfig_Algorithm();

		/**
		 * The meta object literal for the '<em><b>Model B</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MERGE_CONFIG__MODEL_B = eINSTANCE.getMergeConfig_ModelB();

		/**
		 * The meta object literal for the '<em><b>Model C</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MERGE_CONFIG__MODEL_C = eINSTANCE.getMergeConfig_ModelC();

		/**
		 * The meta object literal for the '<em><b>Multiplier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFIG__MULTIPLIER = eINSTANCE.getMergeConfig_Multiplier();

		/**
		 * The meta object literal for the '<em><b>Beta</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFIG__BETA = eINSTANCE.getMergeConfig_Beta();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFIG__SEED = eINSTANCE.getMergeConfig_Seed();

		/**
		 * The meta object literal for the '<em><b>Block Weights</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFIG__BLOCK_WEIGHTS = eINSTANCE.getMergeConfig_BlockWeights();

		/**
		 * The meta object literal for the '<em><b>Discard Weights</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFIG__DISCARD_WEIGHTS = eINSTANCE.getMergeConfig_DiscardWeights();

		/**
		 * The meta object literal for the '<em><b>Bake Vae</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFIG__BAKE_VAE = eINSTANCE.getMergeConfig_BakeVae();

		/**
		 * The meta object literal for the '<em><b>Output Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFIG__OUTPUT_FORMAT = eINSTANCE.getMergeConfig_OutputFormat();

		/**
		 * The meta object literal for the '<em><b>Output Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFIG__OUTPUT_NAME = eINSTANCE.getMergeConfig_OutputName();

		/**
		 * The meta object literal for the '{@link org.atelier.methods.merge.model.MergeAlgorithm <em>Algorithm</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.methods.merge.model.MergeAlgorithm
		 * @see org.atelier.methods.merge.model.impl.MergePackageImpl#getMergeAlgorithm()
		 * @generated
		 */
		EEnum MERGE_ALGORITHM = eINSTANCE.getMergeAlgorithm();

		/**
		 * The meta object literal for the '{@link org.atelier.methods.merge.model.OutputFormat <em>Output Format</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.methods.merge.model.OutputFormat
		 * @see org.atelier.methods.merge.model.impl.MergePackageImpl#getOutputFormat()
		 * @generated
		 */
		EEnum OUTPUT_FORMAT = eINSTANCE.getOutputFormat();

	}

} //MergePackage
