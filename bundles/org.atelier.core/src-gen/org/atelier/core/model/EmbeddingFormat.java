/**
 */
package org.atelier.core.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Embedding Format</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.atelier.core.model.AtelierPackage#getEmbeddingFormat()
 * @model
 * @generated
 */
public enum EmbeddingFormat implements Enumerator {
	/**
	 * The '<em><b>SAFETENSORS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAFETENSORS_VALUE
	 * @generated
	 * @ordered
	 */
	SAFETENSORS(0, "SAFETENSORS", "SAFETENSORS"),

	/**
	 * The '<em><b>A1111 PT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #A1111_PT_VALUE
	 * @generated
	 * @ordered
	 */
	A1111_PT(1, "A1111_PT", "A1111_PT"),

	/**
	 * The '<em><b>DIFFUSERS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIFFUSERS_VALUE
	 * @generated
	 * @ordered
	 */
	DIFFUSERS(2, "DIFFUSERS", "DIFFUSERS");

	/**
	 * The '<em><b>SAFETENSORS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAFETENSORS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SAFETENSORS_VALUE = 0;

	/**
	 * The '<em><b>A1111 PT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #A1111_PT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int A1111_PT_VALUE = 1;

	/**
	 * The '<em><b>DIFFUSERS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIFFUSERS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DIFFUSERS_VALUE = 2;

	/**
	 * An array of all the '<em><b>Embedding Format</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EmbeddingFormat[] VALUES_ARRAY =
		new EmbeddingFormat[] {
			SAFETENSORS,
			A1111_PT,
			DIFFUSERS,
		};

	/**
	 * A public read-only list of all the '<em><b>Embedding Format</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EmbeddingFormat> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Embedding Format</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EmbeddingFormat get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EmbeddingFormat result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Embedding Format</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EmbeddingFormat getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EmbeddingFormat result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Embedding Format</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EmbeddingFormat get(int value) {
		switch (value) {
			case SAFETENSORS_VALUE: return SAFETENSORS;
			case A1111_PT_VALUE: return A1111_PT;
			case DIFFUSERS_VALUE: return DIFFUSERS;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EmbeddingFormat(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //EmbeddingFormat
