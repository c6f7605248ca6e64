/**
 */
package org.atelier.methods.nulltext.model;

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
 * @see org.atelier.methods.nulltext.model.NullTextFactory
 * @model kind="package"
 * @generated
 */
public interface NullTextPackage extends EPackage {
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
	String eNS_URI = "http://atelier.org/methods/nulltext/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "nulltext";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	NullTextPackage eINSTANCE = org.atelier.methods.nulltext.model.impl.NullTextPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.atelier.methods.nulltext.model.impl.NullTextConfigImpl <em>Config</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atelier.methods.nulltext.model.impl.NullTextConfigImpl
	 * @see org.atelier.methods.nulltext.model.impl.NullTextPackageImpl#getNullTextConfig()
	 * @generated
	 */
	int NULL_TEXT_CONFIG = 0;

	/**
	 * The feature id for the '<em><b>Image</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NULL_TEXT_CONFIG__IMAGE = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Caption</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NULL_TEXT_CONFIG__CAPTION = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Ddim Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NULL_TEXT_CONFIG__DDIM_STEPS = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Guidance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NULL_TEXT_CONFIG__GUIDANCE = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Inner Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NULL_TEXT_CONFIG__INNER_STEPS = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Learning Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NULL_TEXT_CONFIG__LEARNING_RATE = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Epsilon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NULL_TEXT_CONFIG__EPSILON = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Cross Replace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NULL_TEXT_CONFIG__CROSS_REPLACE = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Self Replace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NULL_TEXT_CONFIG__SELF_REPLACE = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Reweight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NULL_TEXT_CONFIG__REWEIGHT = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Plain When Unaligned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NULL_TEXT_CONFIG__PLAIN_WHEN_UNALIGNED = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NULL_TEXT_CONFIG_FEATURE_COUNT = AtelierPackage.METHOD_CONFIG_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NULL_TEXT_CONFIG_OPERATION_COUNT = AtelierPackage.METHOD_CONFIG_OPERATION_COUNT + 0;


	/**
	 * Returns the meta object for class '{@link org.atelier.methods.nulltext.model.NullTextConfig <em>Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Config</em>'.
	 * @see org.atelier.methods.nulltext.model.NullTextConfig
	 * @generated
	 */
	EClass getNullTextConfig();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.nulltext.model.NullTextConfig#getImage <em>Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Image</em>'.
	 * @see org.atelier.methods.nulltext.model.NullTextConfig#getImage()
	 * @see #getNullTextConfig()
	 * @generated
	 */
	EAttribute getNullTextConfig_Image();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.nulltext.model.NullTextConfig#getCaption <em>Caption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Caption</em>'.
	 * @see org.atelier.methods.nulltext.model.NullTextConfig#getCaption()
	 * @see #getNullTextConfig()
	 * @generated
	 */
	EAttribute getNullTextConfig_Caption();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.nulltext.model.NullTextConfig#getDdimSteps <em>Ddim Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ddim Steps</em>'.
	 * @see org.atelier.methods.nulltext.model.NullTextConfig#getDdimSteps()
	 * @see #getNullTextConfig()
	 * @generated
	 */
	EAttribute getNullTextConfig_DdimSteps();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.nulltext.model.NullTextConfig#getGuidance <em>Guidance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guidance</em>'.
	 * @see org.atelier.methods.nulltext.model.NullTextConfig#getGuidance()
	 * @see #getNullTextConfig()
	 * @generated
	 */
	EAttribute getNullTextConfig_Guidance();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.nulltext.model.NullTextConfig#getInnerSteps <em>Inner Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inner Steps</em>'.
	 * @see org.atelier.methods.nulltext.model.NullTextConfig#getInnerSteps()
	 * @see #getNullTextConfig()
	 * @generated
	 */
	EAttribute getNullTextConfig_InnerSteps();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.nulltext.model.NullTextConfig#getLearningRate <em>Learning Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Learning Rate</em>'.
	 * @see org.atelier.methods.nulltext.model.NullTextConfig#getLearningRate()
	 * @see #getNullTextConfig()
	 * @generated
	 */
	EAttribute getNullTextConfig_LearningRate();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.nulltext.model.NullTextConfig#getEpsilon <em>Epsilon</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Epsilon</em>'.
	 * @see org.atelier.methods.nulltext.model.NullTextConfig#getEpsilon()
	 * @see #getNullTextConfig()
	 * @generated
	 */
	EAttribute getNullTextConfig_Epsilon();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.nulltext.model.NullTextConfig#getCrossReplace <em>Cross Replace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cross Replace</em>'.
	 * @see org.atelier.methods.nulltext.model.NullTextConfig#getCrossReplace()
	 * @see #getNullTextConfig()
	 * @generated
	 */
	EAttribute getNullTextConfig_CrossReplace();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.nulltext.model.NullTextConfig#getSelfReplace <em>Self Replace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Self Replace</em>'.
	 * @see org.atelier.methods.nulltext.model.NullTextConfig#getSelfReplace()
	 * @see #getNullTextConfig()
	 * @generated
	 */
	EAttribute getNullTextConfig_SelfReplace();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.nulltext.model.NullTextConfig#getReweight <em>Reweight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reweight</em>'.
	 * @see org.atelier.methods.nulltext.model.NullTextConfig#getReweight()
	 * @see #getNullTextConfig()
	 * @generated
	 */
	EAttribute getNullTextConfig_Reweight();

	/**
	 * Returns the meta object for the attribute '{@link org.atelier.methods.nulltext.model.NullTextConfig#isPlainWhenUnaligned <em>Plain When Unaligned</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Plain When Unaligned</em>'.
	 * @see org.atelier.methods.nulltext.model.NullTextConfig#isPlainWhenUnaligned()
	 * @see #getNullTextConfig()
	 * @generated
	 */
	EAttribute getNullTextConfig_PlainWhenUnaligned();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	NullTextFactory getNullTextFactory();

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
		 * The meta object literal for the '{@link org.atelier.methods.nulltext.model.impl.NullTextConfigImpl <em>Config</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atelier.methods.nulltext.model.impl.NullTextConfigImpl
		 * @see org.atelier.methods.nulltext.model.impl.NullTextPackageImpl#getNullTextConfig()
		 * @generated
		 */
		EClass NULL_TEXT_CONFIG = eINSTANCE.getNullTextConfig();

		/**
		 * The meta object literal for the '<em><b>Image</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NULL_TEXT_CONFIG__IMAGE = eINSTANCE.getNullTextConfig_Image();

		/**
		 * The meta object literal for the '<em><b>Caption</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NULL_TEXT_CONFIG__CAPTION = eINSTANCE.getNullTextConfig_Caption();

		/**
		 * The meta object literal for the '<em><b>Ddim Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NULL_TEXT_CONFIG__DDIM_STEPS = eINSTANCE.getNullTextConfig_DdimSteps();

		/**
		 * The meta object literal for the '<em><b>Guidance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NULL_TEXT_CONFIG__GUIDANCE = eINSTANCE.getNullTextConfig_Guidance();

		/**
		 * The meta object literal for the '<em><b>Inner Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NULL_TEXT_CONFIG__INNER_STEPS = eINSTANCE.getNullTextConfig_InnerSteps();

		/**
		 * The meta object literal for the '<em><b>Learning Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NULL_TEXT_CONFIG__LEARNING_RATE = eINSTANCE.getNullTextConfig_LearningRate();

		/**
		 * The meta object literal for the '<em><b>Epsilon</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NULL_TEXT_CONFIG__EPSILON = eINSTANCE.getNullTextConfig_Epsilon();

		/**
		 * The meta object literal for the '<em><b>Cross Replace</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NULL_TEXT_CONFIG__CROSS_REPLACE = eINSTANCE.getNullTextConfig_CrossReplace();

		/**
		 * The meta object literal for the '<em><b>Self Replace</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NULL_TEXT_CONFIG__SELF_REPLACE = eINSTANCE.getNullTextConfig_SelfReplace();

		/**
		 * The meta object literal for the '<em><b>Reweight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NULL_TEXT_CONFIG__REWEIGHT = eINSTANCE.getNullTextConfig_Reweight();

		/**
		 * The meta object literal for the '<em><b>Plain When Unaligned</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NULL_TEXT_CONFIG__PLAIN_WHEN_UNALIGNED = eINSTANCE.getNullTextConfig_PlainWhenUnaligned();

	}

} //NullTextPackage
