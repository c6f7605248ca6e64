/**
 */
package org.atelier.methods.hypernetwork.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Activation</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.atelier.methods.hypernetwork.model.HypernetworkPackage#getActivation()
 * @model
 * @generated
 */
public enum Activation implements Enumerator {
	/**
	 * The '<em><b>LINEAR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINEAR_VALUE
	 * @generated
	 * @ordered
	 */
	LINEAR(0, "LINEAR", "linear"),

	/**
	 * The '<em><b>RELU</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RELU_VALUE
	 * @generated
	 * @ordered
	 */
	RELU(1, "RELU", "relu"),

	/**
	 * The '<em><b>LEAKYRELU</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEAKYRELU_VALUE
	 * @generated
	 * @ordered
	 */
	LEAKYRELU(2, "LEAKYRELU", "leakyrelu"),

	/**
	 * The '<em><b>ELU</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELU_VALUE
	 * @generated
	 * @ordered
	 */
	ELU(3, "ELU", "elu"),

	/**
	 * The '<em><b>SWISH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SWISH_VALUE
	 * @generated
	 * @ordered
	 */
	SWISH(4, "SWISH", "swish"),

	/**
	 * The '<em><b>TANH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TANH_VALUE
	 * @generated
	 * @ordered
	 */
	TANH(5, "TANH", "tanh"),

	/**
	 * The '<em><b>SIGMOID</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGMOID_VALUE
	 * @generated
	 * @ordered
	 */
	SIGMOID(6, "SIGMOID", "sigmoid"),

	/**
	 * The '<em><b>GELU</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GELU_VALUE
	 * @generated
	 * @ordered
	 */
	GELU(7, "GELU", "gelu"),

	/**
	 * The '<em><b>SILU</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SILU_VALUE
	 * @generated
	 * @ordered
	 */
	SILU(8, "SILU", "silu"),

	/**
	 * The '<em><b>MISH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MISH_VALUE
	 * @generated
	 * @ordered
	 */
	MISH(9, "MISH", "mish"),

	/**
	 * The '<em><b>SOFTSIGN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOFTSIGN_VALUE
	 * @generated
	 * @ordered
	 */
	SOFTSIGN(10, "SOFTSIGN", "softsign"),

	/**
	 * The '<em><b>SOFTPLUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOFTPLUS_VALUE
	 * @generated
	 * @ordered
	 */
	SOFTPLUS(11, "SOFTPLUS", "softplus"),

	/**
	 * The '<em><b>HARDSWISH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HARDSWISH_VALUE
	 * @generated
	 * @ordered
	 */
	HARDSWISH(12, "HARDSWISH", "hardswish"),

	/**
	 * The '<em><b>HARDSIGMOID</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HARDSIGMOID_VALUE
	 * @generated
	 * @ordered
	 */
	HARDSIGMOID(13, "HARDSIGMOID", "hardsigmoid"),

	/**
	 * The '<em><b>HARDTANH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HARDTANH_VALUE
	 * @generated
	 * @ordered
	 */
	HARDTANH(14, "HARDTANH", "hardtanh"),

	/**
	 * The '<em><b>RELU6</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RELU6_VALUE
	 * @generated
	 * @ordered
	 */
	RELU6(15, "RELU6", "relu6"),

	/**
	 * The '<em><b>SELU</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELU_VALUE
	 * @generated
	 * @ordered
	 */
	SELU(16, "SELU", "selu"),

	/**
	 * The '<em><b>CELU</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CELU_VALUE
	 * @generated
	 * @ordered
	 */
	CELU(17, "CELU", "celu"),

	/**
	 * The '<em><b>LOGSIGMOID</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOGSIGMOID_VALUE
	 * @generated
	 * @ordered
	 */
	LOGSIGMOID(18, "LOGSIGMOID", "logsigmoid"),

	/**
	 * The '<em><b>TANHSHRINK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TANHSHRINK_VALUE
	 * @generated
	 * @ordered
	 */
	TANHSHRINK(19, "TANHSHRINK", "tanhshrink");

	/**
	 * The '<em><b>LINEAR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINEAR
	 * @model literal="linear"
	 * @generated
	 * @ordered
	 */
	public static final int LINEAR_VALUE = 0;

	/**
	 * The '<em><b>RELU</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RELU
	 * @model literal="relu"
	 * @generated
	 * @ordered
	 */
	public static final int RELU_VALUE = 1;

	/**
	 * The '<em><b>LEAKYRELU</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEAKYRELU
	 * @model literal="leakyrelu"
	 * @generated
	 * @ordered
	 */
	public static final int LEAKYRELU_VALUE = 2;

	/**
	 * The '<em><b>ELU</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELU
	 * @model literal="elu"
	 * @generated
	 * @ordered
	 */
	public static final int ELU_VALUE = 3;

	/**
	 * The '<em><b>SWISH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SWISH
	 * @model literal="swish"
	 * @generated
	 * @ordered
	 */
	public static final int SWISH_VALUE = 4;

	/**
	 * The '<em><b>TANH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TANH
	 * @model literal="tanh"
	 * @generated
	 * @ordered
	 */
	public static final int TANH_VALUE = 5;

	/**
	 * The '<em><b>SIGMOID</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGMOID
	 * @model literal="sigmoid"
	 * @generated
	 * @ordered
	 */
	public static final int SIGMOID_VALUE = 6;

	/**
	 * The '<em><b>GELU</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GELU
	 * @model literal="gelu"
	 * @generated
	 * @ordered
	 */
	public static final int GELU_VALUE = 7;

	/**
	 * The '<em><b>SILU</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SILU
	 * @model literal="silu"
	 * @generated
	 * @ordered
	 */
	public static final int SILU_VALUE = 8;

	/**
	 * The '<em><b>MISH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MISH
	 * @model literal="mish"
	 * @generated
	 * @ordered
	 */
	public static final int MISH_VALUE = 9;

	/**
	 * The '<em><b>SOFTSIGN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOFTSIGN
	 * @model literal="softsign"
	 * @generated
	 * @ordered
	 */
	public static final int SOFTSIGN_VALUE = 10;

	/**
	 * The '<em><b>SOFTPLUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOFTPLUS
	 * @model literal="softplus"
	 * @generated
	 * @ordered
	 */
	public static final int SOFTPLUS_VALUE = 11;

	/**
	 * The '<em><b>HARDSWISH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HARDSWISH
	 * @model literal="hardswish"
	 * @generated
	 * @ordered
	 */
	public static final int HARDSWISH_VALUE = 12;

	/**
	 * The '<em><b>HARDSIGMOID</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HARDSIGMOID
	 * @model literal="hardsigmoid"
	 * @generated
	 * @ordered
	 */
	public static final int HARDSIGMOID_VALUE = 13;

	/**
	 * The '<em><b>HARDTANH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HARDTANH
	 * @model literal="hardtanh"
	 * @generated
	 * @ordered
	 */
	public static final int HARDTANH_VALUE = 14;

	/**
	 * The '<em><b>RELU6</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RELU6
	 * @model literal="relu6"
	 * @generated
	 * @ordered
	 */
	public static final int RELU6_VALUE = 15;

	/**
	 * The '<em><b>SELU</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELU
	 * @model literal="selu"
	 * @generated
	 * @ordered
	 */
	public static final int SELU_VALUE = 16;

	/**
	 * The '<em><b>CELU</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CELU
	 * @model literal="celu"
	 * @generated
	 * @ordered
	 */
	public static final int CELU_VALUE = 17;

	/**
	 * The '<em><b>LOGSIGMOID</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOGSIGMOID
	 * @model literal="logsigmoid"
	 * @generated
	 * @ordered
	 */
	public static final int LOGSIGMOID_VALUE = 18;

	/**
	 * The '<em><b>TANHSHRINK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TANHSHRINK
	 * @model literal="tanhshrink"
	 * @generated
	 * @ordered
	 */
	public static final int TANHSHRINK_VALUE = 19;

	/**
	 * An array of all the '<em><b>Activation</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Activation[] VALUES_ARRAY =
		new Activation[] {
			LINEAR,
			RELU,
			LEAKYRELU,
			ELU,
			SWISH,
			TANH,
			SIGMOID,
			GELU,
			SILU,
			MISH,
			SOFTSIGN,
			SOFTPLUS,
			HARDSWISH,
			HARDSIGMOID,
			HARDTANH,
			RELU6,
			SELU,
			CELU,
			LOGSIGMOID,
			TANHSHRINK,
		};

	/**
	 * A public read-only list of all the '<em><b>Activation</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Activation> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Activation</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Activation get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Activation result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Activation</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Activation getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Activation result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Activation</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Activation get(int value) {
		switch (value) {
			case LINEAR_VALUE: return LINEAR;
			case RELU_VALUE: return RELU;
			case LEAKYRELU_VALUE: return LEAKYRELU;
			case ELU_VALUE: return ELU;
			case SWISH_VALUE: return SWISH;
			case TANH_VALUE: return TANH;
			case SIGMOID_VALUE: return SIGMOID;
			case GELU_VALUE: return GELU;
			case SILU_VALUE: return SILU;
			case MISH_VALUE: return MISH;
			case SOFTSIGN_VALUE: return SOFTSIGN;
			case SOFTPLUS_VALUE: return SOFTPLUS;
			case HARDSWISH_VALUE: return HARDSWISH;
			case HARDSIGMOID_VALUE: return HARDSIGMOID;
			case HARDTANH_VALUE: return HARDTANH;
			case RELU6_VALUE: return RELU6;
			case SELU_VALUE: return SELU;
			case CELU_VALUE: return CELU;
			case LOGSIGMOID_VALUE: return LOGSIGMOID;
			case TANHSHRINK_VALUE: return TANHSHRINK;
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
	private Activation(int value, String name, String literal) {
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
	
} //Activation
