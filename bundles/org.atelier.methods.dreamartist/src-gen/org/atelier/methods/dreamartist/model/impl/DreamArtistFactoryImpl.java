/**
 */
package org.atelier.methods.dreamartist.model.impl;

import org.atelier.methods.dreamartist.model.*;

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
public class DreamArtistFactoryImpl extends EFactoryImpl implements DreamArtistFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static DreamArtistFactory init() {
		try {
			DreamArtistFactory theDreamArtistFactory = (DreamArtistFactory)EPackage.Registry.INSTANCE.getEFactory(DreamArtistPackage.eNS_URI);
			if (theDreamArtistFactory != null) {
				return theDreamArtistFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new DreamArtistFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DreamArtistFactoryImpl() {
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
			case DreamArtistPackage.DREAM_ARTIST_CONFIG: return createDreamArtistConfig();
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
	public DreamArtistConfig createDreamArtistConfig() {
		DreamArtistConfigImpl dreamArtistConfig = new DreamArtistConfigImpl();
		return dreamArtistConfig;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DreamArtistPackage getDreamArtistPackage() {
		return (DreamArtistPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static DreamArtistPackage getPackage() {
		return DreamArtistPackage.eINSTANCE;
	}

} //DreamArtistFactoryImpl
