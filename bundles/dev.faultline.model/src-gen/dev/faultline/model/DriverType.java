/**
 */
package dev.faultline.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Driver Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Driver type.
 * <!-- end-model-doc -->
 * @see dev.faultline.model.FaultlinePackage#getDriverType()
 * @model
 * @generated
 */
public enum DriverType implements Enumerator {
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
	 * The '<em><b>KERNEL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KERNEL_VALUE
	 * @generated
	 * @ordered
	 */
	KERNEL(1, "KERNEL", "kernel"),

	/**
	 * The '<em><b>FILE SYSTEM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FILE_SYSTEM_VALUE
	 * @generated
	 * @ordered
	 */
	FILE_SYSTEM(2, "FILE_SYSTEM", "file system"),

	/**
	 * The '<em><b>FILE SYSTEM FILTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FILE_SYSTEM_FILTER_VALUE
	 * @generated
	 * @ordered
	 */
	FILE_SYSTEM_FILTER(3, "FILE_SYSTEM_FILTER", "file system filter"),

	/**
	 * The '<em><b>USER MODE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USER_MODE_VALUE
	 * @generated
	 * @ordered
	 */
	USER_MODE(4, "USER_MODE", "user mode"),

	/**
	 * The '<em><b>CONTENT FILE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTENT_FILE_VALUE
	 * @generated
	 * @ordered
	 */
	CONTENT_FILE(5, "CONTENT_FILE", "content file");

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
	 * The '<em><b>KERNEL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KERNEL
	 * @model literal="kernel"
	 * @generated
	 * @ordered
	 */
	public static final int KERNEL_VALUE = 1;

	/**
	 * The '<em><b>FILE SYSTEM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FILE_SYSTEM
	 * @model literal="file system"
	 * @generated
	 * @ordered
	 */
	public static final int FILE_SYSTEM_VALUE = 2;

	/**
	 * The '<em><b>FILE SYSTEM FILTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FILE_SYSTEM_FILTER
	 * @model literal="file system filter"
	 * @generated
	 * @ordered
	 */
	public static final int FILE_SYSTEM_FILTER_VALUE = 3;

	/**
	 * The '<em><b>USER MODE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USER_MODE
	 * @model literal="user mode"
	 * @generated
	 * @ordered
	 */
	public static final int USER_MODE_VALUE = 4;

	/**
	 * The '<em><b>CONTENT FILE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTENT_FILE
	 * @model literal="content file"
	 * @generated
	 * @ordered
	 */
	public static final int CONTENT_FILE_VALUE = 5;

	/**
	 * An array of all the '<em><b>Driver Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DriverType[] VALUES_ARRAY =
		new DriverType[] {
			UNKNOWN,
			KERNEL,
			FILE_SYSTEM,
			FILE_SYSTEM_FILTER,
			USER_MODE,
			CONTENT_FILE,
		};

	/**
	 * A public read-only list of all the '<em><b>Driver Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DriverType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Driver Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DriverType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DriverType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Driver Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DriverType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DriverType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Driver Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DriverType get(int value) {
		switch (value) {
			case UNKNOWN_VALUE: return UNKNOWN;
			case KERNEL_VALUE: return KERNEL;
			case FILE_SYSTEM_VALUE: return FILE_SYSTEM;
			case FILE_SYSTEM_FILTER_VALUE: return FILE_SYSTEM_FILTER;
			case USER_MODE_VALUE: return USER_MODE;
			case CONTENT_FILE_VALUE: return CONTENT_FILE;
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
	private DriverType(int value, String name, String literal) {
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
	
} //DriverType
