/**
 */
package org.atelier.methods.aesthetic.model;

import org.atelier.core.model.AtelierPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;

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
 * @see org.atelier.methods.aesthetic.model.AestheticFactory
 * @model kind="package"
 * @generated
 */
public interface AestheticPackage extends EPackage {
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
	String eNS_URI = "http://atelier.org/methods/aesthetic/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "aesthetic";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	AestheticPackage eINSTANCE = org.atelier.methods.aesthetic.model.impl.AestheticPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.atelier.methods.aesthetic.model.impl.AestheticConfigImpl <em>Config</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.methods.aesthetic.model.impl.AestheticConfigImpl
	 * @see org.atelier.methods.aesthetic.model.impl.AestheticPackageImpl#getAestheticConfig()
	 * @generated
	 */
	int AESTHETIC_CONFIG = 0;

	/**
	 * The feature id for the '<em><b>Clip Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AESTHETIC_CONFIG__CLIP_MODEL = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AESTHETIC_CONFIG__STEPS = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Learning Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AESTHETIC_CONFIG__LEARNING_RATE = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AESTHETIC_CONFIG__WEIGHT = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Slerp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AESTHETIC_CONFIG__SLERP = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AESTHETIC_CONFIG_FEATURE_COUNT = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AESTHETIC_CONFIG_OPERATION_COUNT = AtelierPackage.METHOD_CONFIG_OPERATION_COUNT + 0;


	/**
	 * Returns the meta object for class '{@link org.atelier.methods.aesthetic.model.AestheticConfig <em>Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Config</em>'.
	 * @see org.atelier.methods.aesthetic.model.AestheticConfig
	 * @generated
	 */
	EClass getAestheticConfig();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.aesthetic.model.AestheticConfig#getClipModel <em>Clip Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Clip Model</em>'.
	 * @see org.atelier.methods.aesthetic.model.AestheticConfig#getClipModel()
	 * @see #getAestheticConfig()
	 * @generated
	 */
	EAttribute getAestheticConfig_ClipModel();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.aesthetic.model.AestheticConfig#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Steps</em>'.
	 * @see org.atelier.methods.aesthetic.model.AestheticConfig#getSteps()
	 * @see #getAestheticConfig()
	 * @generated
	 */
	EAttribute getAestheticConfig_Steps();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.aesthetic.model.AestheticConfig#getLearningRate <em>Learning Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Learning Rate</em>'.
	 * @see org.atelier.methods.aesthetic.model.AestheticConfig#getLearningRate()
	 * @see #getAestheticConfig()
	 * @generated
	 */
	EAttribute getAestheticConfig_LearningRate();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.aesthetic.model.AestheticConfig#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see org.atelier.methods.aesthetic.model.AestheticConfig#getWeight()
	 * @see #getAestheticConfig()
	 * @generated
	 */
	EAttribute getAestheticConfig_Weight();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.aesthetic.model.AestheticConfig#isSlerp <em>Slerp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slerp</em>'.
	 * @see org.atelier.methods.aesthetic.model.AestheticConfig#isSlerp()
	 * @see #getAestheticConfig()
	 * @generated
	 */
	EAttribute getAestheticConfig_Slerp();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	AestheticFactory getAestheticFactory();

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
		 * The meta object literal for the '{@link org.atelier.methods.aesthetic.model.impl.AestheticConfigImpl <em>Config</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.methods.aesthetic.model.impl.AestheticConfigImpl
		 * @see org.atelier.methods.aesthetic.model.impl.AestheticPackageImpl#getAestheticConfig()
		 * @generated
		 */
		EClass AESTHETIC_CONFIG = eINSTANCE.getAestheticConfig();

		/**
		 * The meta object literal for the '<em><b>Clip Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AESTHETIC_CONFIG__CLIP_MODEL = eINSTANCE.getAestheticConfig_ClipModel();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AESTHETIC_CONFIG__STEPS = eINSTANCE.getAestheticConfig_Steps();

		/**
		 * The meta object literal for the '<em><b>Learning Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AESTHETIC_CONFIG__LEARNING_RATE = eINSTANCE.getAestheticConfig_LearningRate();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AESTHETIC_CONFIG__WEIGHT = eINSTANCE.getAestheticConfig_Weight();

		/**
		 * The meta object literal for the '<em><b>Slerp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AESTHETIC_CONFIG__SLERP = eINSTANCE.getAestheticConfig_Slerp();

	}

} //AestheticPackage
