/**
 */
package org.atelier.methods.aesthetic.model.impl;

import org.atelier.methods.aesthetic.model.*;

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
public class AestheticFactoryImpl extends EFactoryImpl implements AestheticFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static AestheticFactory init() {
		try {
			AestheticFactory theAestheticFactory = (AestheticFactory)EPackage.Registry.INSTANCE.getEFactory(AestheticPackage.eNS_URI);
			if (theAestheticFactory != null) {
				return theAestheticFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new AestheticFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AestheticFactoryImpl() {
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
			case AestheticPackage.AESTHETIC_CONFIG: return createAestheticConfig();
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
	public AestheticConfig createAestheticConfig() {
		AestheticConfigImpl aestheticConfig = new AestheticConfigImpl();
		return aestheticConfig;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AestheticPackage getAestheticPackage() {
		return (AestheticPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static AestheticPackage getPackage() {
		return AestheticPackage.eINSTANCE;
	}

} //AestheticFactoryImpl
