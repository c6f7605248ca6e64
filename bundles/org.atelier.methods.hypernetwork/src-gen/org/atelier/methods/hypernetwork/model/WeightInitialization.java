/**
 */
package org.atelier.methods.hypernetwork.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Weight Initialization</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.atelier.methods.hypernetwork.model.HypernetworkPackage#getWeightInitialization()
 * @model
 * @generated
 */
public enum WeightInitialization implements Enumerator {
	/**
	 * The '<em><b>NORMAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NORMAL_VALUE
	 * @generated
	 * @ordered
	 */
	NORMAL(0, "NORMAL", "Normal"),

	/**
	 * The '<em><b>XAVIER UNIFORM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #XAVIER_UNIFORM_VALUE
	 * @generated
	 * @ordered
	 */
	XAVIER_UNIFORM(1, "XAVIER_UNIFORM", "XavierUniform"),

	/**
	 * The '<em><b>XAVIER NORMAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #XAVIER_NORMAL_VALUE
	 * @generated
	 * @ordered
	 */
	XAVIER_NORMAL(2, "XAVIER_NORMAL", "XavierNormal"),

	/**
	 * The '<em><b>KAIMING UNIFORM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KAIMING_UNIFORM_VALUE
	 * @generated
	 * @ordered
	 */
	KAIMING_UNIFORM(3, "KAIMING_UNIFORM", "KaimingUniform"),

	/**
	 * The '<em><b>KAIMING NORMAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KAIMING_NORMAL_VALUE
	 * @generated
	 * @ordered
	 */
	KAIMING_NORMAL(4, "KAIMING_NORMAL", "KaimingNormal");

	/**
	 * The '<em><b>NORMAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NORMAL
	 * @model literal="Normal"
	 * @generated
	 * @ordered
	 */
	public static final int NORMAL_VALUE = 0;

	/**
	 * The '<em><b>XAVIER UNIFORM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #XAVIER_UNIFORM
	 * @model literal="XavierUniform"
	 * @generated
	 * @ordered
	 */
	public static final int XAVIER_UNIFORM_VALUE = 1;

	/**
	 * The '<em><b>XAVIER NORMAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #XAVIER_NORMAL
	 * @model literal="XavierNormal"
	 * @generated
	 * @ordered
	 */
	public static final int XAVIER_NORMAL_VALUE = 2;

	/**
	 * The '<em><b>KAIMING UNIFORM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KAIMING_UNIFORM
	 * @model literal="KaimingUniform"
	 * @generated
	 * @ordered
	 */
	public static final int KAIMING_UNIFORM_VALUE = 3;

	/**
	 * The '<em><b>KAIMING NORMAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KAIMING_NORMAL
	 * @model literal="KaimingNormal"
	 * @generated
	 * @ordered
	 */
	public static final int KAIMING_NORMAL_VALUE = 4;

	/**
	 * An array of all the '<em><b>Weight Initialization</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final WeightInitialization[] VALUES_ARRAY =
		new WeightInitialization[] {
			NORMAL,
			XAVIER_UNIFORM,
			XAVIER_NORMAL,
			KAIMING_UNIFORM,
			KAIMING_NORMAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Weight Initialization</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<WeightInitialization> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Weight Initialization</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static WeightInitialization get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			WeightInitialization result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Weight Initialization</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static WeightInitialization getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			WeightInitialization result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Weight Initialization</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static WeightInitialization get(int value) {
		switch (value) {
			case NORMAL_VALUE: return NORMAL;
			case XAVIER_UNIFORM_VALUE: return XAVIER_UNIFORM;
			case XAVIER_NORMAL_VALUE: return XAVIER_NORMAL;
			case KAIMING_UNIFORM_VALUE: return KAIMING_UNIFORM;
			case KAIMING_NORMAL_VALUE: return KAIMING_NORMAL;
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
	private WeightInitialization(int value, String name, String literal) {
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
	
} //WeightInitialization
