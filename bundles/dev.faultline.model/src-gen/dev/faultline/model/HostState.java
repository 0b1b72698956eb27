/**
 */
package dev.faultline.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Host State</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * State of a host.
 * <!-- end-model-doc -->
 * @see dev.faultline.model.FaultlinePackage#getHostState()
 * @model
 * @generated
 */
public enum HostState implements Enumerator {
	/**
	 * The '<em><b>UNKNOWN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNKNOWN_VALUE
	 * @generated
	 * @ordered
	 */
	UNKNOWN(0, "UNKNOWN", "unknown"),

	/**
	 * The '<em><b>HEALTHY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEALTHY_VALUE
	 * @generated
	 * @ordered
	 */
	HEALTHY(1, "HEALTHY", "healthy"),

	/**
	 * The '<em><b>CRASHED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CRASHED_VALUE
	 * @generated
	 * @ordered
	 */
	CRASHED(2, "CRASHED", "crashed"),

	/**
	 * The '<em><b>BOOT LOOPING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOOT_LOOPING_VALUE
	 * @generated
	 * @ordered
	 */
	BOOT_LOOPING(3, "BOOT_LOOPING", "boot-looping"),

	/**
	 * The '<em><b>RECOVERED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECOVERED_VALUE
	 * @generated
	 * @ordered
	 */
	RECOVERED(4, "RECOVERED", "recovered");

	/**
	 * The '<em><b>UNKNOWN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNKNOWN
	 * @model literal="unknown"
	 * @generated
	 * @ordered
	 */
	public static final int UNKNOWN_VALUE = 0;

	/**
	 * The '<em><b>HEALTHY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEALTHY
	 * @model literal="healthy"
	 * @generated
	 * @ordered
	 */
	public static final int HEALTHY_VALUE = 1;

	/**
	 * The '<em><b>CRASHED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CRASHED
	 * @model literal="crashed"
	 * @generated
	 * @ordered
	 */
	public static final int CRASHED_VALUE = 2;

	/**
	 * The '<em><b>BOOT LOOPING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOOT_LOOPING
	 * @model literal="boot-looping"
	 * @generated
	 * @ordered
	 */
	public static final int BOOT_LOOPING_VALUE = 3;

	/**
	 * The '<em><b>RECOVERED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECOVERED
	 * @model literal="recovered"
	 * @generated
	 * @ordered
	 */
	public static final int RECOVERED_VALUE = 4;

	/**
	 * An array of all the '<em><b>Host State</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final HostState[] VALUES_ARRAY =
		new HostState[] {
			UNKNOWN,
			HEALTHY,
			CRASHED,
			BOOT_LOOPING,
			RECOVERED,
		};

	/**
	 * A public read-only list of all the '<em><b>Host State</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<HostState> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Host State</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HostState get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			HostState result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Host State</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HostState getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			HostState result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Host State</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HostState get(int value) {
		switch (value) {
			case UNKNOWN_VALUE: return UNKNOWN;
			case HEALTHY_VALUE: return HEALTHY;
			case CRASHED_VALUE: return CRASHED;
			case BOOT_LOOPING_VALUE: return BOOT_LOOPING;
			case RECOVERED_VALUE: return RECOVERED;
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
	private HostState(int value, String name, String literal) {
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
	
} //HostState
