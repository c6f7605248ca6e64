/**
 */
package org.atelier.core.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dataset</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Image folders with captions (subsets), and how they are turned into training batches.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atelier.core.model.Dataset#getId <em>Id</em>}</li>
 *   <li>{@link org.atelier.core.model.Dataset#getName <em>Name</em>}</li>
 *   <li>{@link org.atelier.core.model.Dataset#getSubsets <em>Subsets</em>}</li>
 *   <li>{@link org.atelier.core.model.Dataset#getResolution <em>Resolution</em>}</li>
 *   <li>{@link org.atelier.core.model.Dataset#getCaptionExtension <em>Caption Extension</em>}</li>
 *   <li>{@link org.atelier.core.model.Dataset#getCaptions <em>Captions</em>}</li>
 *   <li>{@link org.atelier.core.model.Dataset#getBuckets <em>Buckets</em>}</li>
 *   <li>{@link org.atelier.core.model.Dataset#isFlip <em>Flip</em>}</li>
 *   <li>{@link org.atelier.core.model.Dataset#isRandomCrop <em>Random Crop</em>}</li>
 * </ul>
 *
 * @see org.atelier.core.model.AtelierPackage#getDataset()
 * @model
 * @generated
 */
public interface Dataset extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.atelier.core.model.AtelierPackage#getDataset_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.Dataset#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.atelier.core.model.AtelierPackage#getDataset_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.Dataset#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Subsets</b></em>' containment reference list.
	 * The list contents are of type {@link org.atelier.core.model.Subset}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subsets</em>' containment reference list.
	 * @see org.atelier.core.model.AtelierPackage#getDataset_Subsets()
	 * @model containment="true"
	 * @generated
	 */
	EList<Subset> getSubsets();

	/**
	 * Returns the value of the '<em><b>Resolution</b></em>' attribute.
	 * The default value is <code>"512"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resolution</em>' attribute.
	 * @see #setResolution(int)
	 * @see org.atelier.core.model.AtelierPackage#getDataset_Resolution()
	 * @model default="512"
	 *        annotation="http://atelier.org/ui min='64' max='4096' help='Training resolution in pixels (the side of a square of the same area).'"
	 * @generated
	 */
	int getResolution();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.Dataset#getResolution <em>Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolution</em>' attribute.
	 * @see #getResolution()
	 * @generated
	 */
	void setResolution(int value);

	/**
	 * Returns the value of the '<em><b>Caption Extension</b></em>' attribute.
	 * The default value is <code>".txt"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Caption Extension</em>' attribute.
	 * @see #setCaptionExtension(String)
	 * @see org.atelier.core.model.AtelierPackage#getDataset_CaptionExtension()
	 * @model default=".txt"
	 * @generated
	 */
	String getCaptionExtension();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.Dataset#getCaptionExtension <em>Caption Extension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Caption Extension</em>' attribute.
	 * @see #getCaptionExtension()
	 * @generated
	 */
	void setCaptionExtension(String value);

	/**
	 * Returns the value of the '<em><b>Captions</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Captions</em>' containment reference.
	 * @see #setCaptions(CaptionProcessing)
	 * @see org.atelier.core.model.AtelierPackage#getDataset_Captions()
	 * @model containment="true" required="true"
	 * @generated
	 */
	CaptionProcessing getCaptions();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.Dataset#getCaptions <em>Captions</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Captions</em>' containment reference.
	 * @see #getCaptions()
	 * @generated
	 */
	void setCaptions(CaptionProcessing value);

	/**
	 * Returns the value of the '<em><b>Buckets</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Buckets</em>' containment reference.
	 * @see #setBuckets(BucketSpec)
	 * @see org.atelier.core.model.AtelierPackage#getDataset_Buckets()
	 * @model containment="true" required="true"
	 * @generated
	 */
	BucketSpec getBuckets();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.Dataset#getBuckets <em>Buckets</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Buckets</em>' containment reference.
	 * @see #getBuckets()
	 * @generated
	 */
	void setBuckets(BucketSpec value);

	/**
	 * Returns the value of the '<em><b>Flip</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flip</em>' attribute.
	 * @see #setFlip(boolean)
	 * @see org.atelier.core.model.AtelierPackage#getDataset_Flip()
	 * @model default="false"
	 * @generated
	 */
	boolean isFlip();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.Dataset#isFlip <em>Flip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flip</em>' attribute.
	 * @see #isFlip()
	 * @generated
	 */
	void setFlip(boolean value);

	/**
	 * Returns the value of the '<em><b>Random Crop</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Random Crop</em>' attribute.
	 * @see #setRandomCrop(boolean)
	 * @see org.atelier.core.model.AtelierPackage#getDataset_RandomCrop()
	 * @model default="false"
	 * @generated
	 */
	boolean isRandomCrop();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.Dataset#isRandomCrop <em>Random Crop</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Random Crop</em>' attribute.
	 * @see #isRandomCrop()
	 * @generated
	 */
	void setRandomCrop(boolean value);

} // Dataset
