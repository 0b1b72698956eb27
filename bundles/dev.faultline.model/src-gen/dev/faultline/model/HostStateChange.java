/**
 */
package dev.faultline.model;

import java.time.Instant;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Host State Change</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The state of a host from a given instant on.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.faultline.model.HostStateChange#getAt <em>At</em>}</li>
 *   <li>{@link dev.faultline.model.HostStateChange#getState <em>State</em>}</li>
 * </ul>
 *
 * @see dev.faultline.model.FaultlinePackage#getHostStateChange()
 * @model
 * @generated
 */
public interface HostStateChange extends Fact {
	/**
	 * Returns the value of the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the host entered the state (UTC).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>At</em>' attribute.
	 * @see #setAt(Instant)
	 * @see dev.faultline.model.FaultlinePackage#getHostStateChange_At()
	 * @model dataType="dev.faultline.model.Instant"
	 * @generated
	 */
	Instant getAt();

	/**
	 * Sets the value of the '{@link dev.faultline.model.HostStateChange#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' attribute.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(Instant value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.faultline.model.HostState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The new state.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see dev.faultline.model.HostState
	 * @see #setState(HostState)
	 * @see dev.faultline.model.FaultlinePackage#getHostStateChange_State()
	 * @model
	 * @generated
	 */
	HostState getState();

	/**
	 * Sets the value of the '{@link dev.faultline.model.HostStateChange#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see dev.faultline.model.HostState
	 * @see #getState()
	 * @generated
	 */
	void setState(HostState value);

} // HostStateChange
