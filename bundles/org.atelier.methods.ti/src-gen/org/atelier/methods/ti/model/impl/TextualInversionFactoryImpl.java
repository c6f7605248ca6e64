/**
 */
package org.atelier.methods.ti.model.impl;

import org.atelier.methods.ti.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class TextualInversionFactoryImpl extends EFactoryImpl implements TextualInversionFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static TextualInversionFactory init() {
		try {
			TextualInversionFactory theTextualInversionFactory = (TextualInversionFactory)EPackage.Registry.INSTANCE.getEFactory(TextualInversionPackage.eNS_URI);
			if (theTextualInversionFactory != null) {
				return theTextualInversionFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new TextualInversionFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TextualInversionFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case TextualInversionPackage.TEXTUAL_INVERSION_CONFIG: return createTextualInversionConfig();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TextualInversionConfig createTextualInversionConfig() {
		TextualInversionConfigImpl textualInversionConfig = new TextualInversionConfigImpl();
		return textualInversionConfig;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TextualInversionPackage getTextualInversionPackage() {
		return (TextualInversionPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static TextualInversionPackage getPackage() {
		return TextualInversionPackage.eINSTANCE;
	}

} //TextualInversionFactoryImpl
