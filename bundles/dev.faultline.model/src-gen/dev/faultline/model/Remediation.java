/**
 */
package dev.faultline.model;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Remediation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What was done to mitigate or recover.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.faultline.model.Remediation#getAction <em>Action</em>}</li>
 *   <li>{@link dev.faultline.model.Remediation#getPerformedAt <em>Performed At</em>}</li>
 *   <li>{@link dev.faultline.model.Remediation#getPerformedBy <em>Performed By</em>}</li>
 *   <li>{@link dev.faultline.model.Remediation#getHosts <em>Hosts</em>}</li>
 *   <li>{@link dev.faultline.model.Remediation#getGroups <em>Groups</em>}</li>
 *   <li>{@link dev.faultline.model.Remediation#getOutcome <em>Outcome</em>}</li>
 * </ul>
 *
 * @see dev.faultline.model.FaultlinePackage#getRemediation()
 * @model
 * @generated
 */
public interface Remediation extends Fact {
	/**
	 * Returns the value of the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What was done.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Action</em>' attribute.
	 * @see #setAction(String)
	 * @see dev.faultline.model.FaultlinePackage#getRemediation_Action()
	 * @model
	 * @generated
	 */
	String getAction();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Remediation#getAction <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' attribute.
	 * @see #getAction()
	 * @generated
	 */
	void setAction(String value);

	/**
	 * Returns the value of the '<em><b>Performed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When (UTC).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Performed At</em>' attribute.
	 * @see #setPerformedAt(Instant)
	 * @see dev.faultline.model.FaultlinePackage#getRemediation_PerformedAt()
	 * @model dataType="dev.faultline.model.Instant"
	 * @generated
	 */
	Instant getPerformedAt();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Remediation#getPerformedAt <em>Performed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Performed At</em>' attribute.
	 * @see #getPerformedAt()
	 * @generated
	 */
	void setPerformedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Performed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * By whom.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Performed By</em>' attribute.
	 * @see #setPerformedBy(String)
	 * @see dev.faultline.model.FaultlinePackage#getRemediation_PerformedBy()
	 * @model
	 * @generated
	 */
	String getPerformedBy();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Remediation#getPerformedBy <em>Performed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Performed By</em>' attribute.
	 * @see #getPerformedBy()
	 * @generated
	 */
	void setPerformedBy(String value);

	/**
	 * Returns the value of the '<em><b>Hosts</b></em>' reference list.
	 * The list contents are of type {@link dev.faultline.model.Host}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hosts it was done on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hosts</em>' reference list.
	 * @see dev.faultline.model.FaultlinePackage#getRemediation_Hosts()
	 * @model
	 * @generated
	 */
	EList<Host> getHosts();

	/**
	 * Returns the value of the '<em><b>Groups</b></em>' reference list.
	 * The list contents are of type {@link dev.faultline.model.HostGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fleet segments it was done on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Groups</em>' reference list.
	 * @see dev.faultline.model.FaultlinePackage#getRemediation_Groups()
	 * @model
	 * @generated
	 */
	EList<HostGroup> getGroups();

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What it achieved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see #setOutcome(String)
	 * @see dev.faultline.model.FaultlinePackage#getRemediation_Outcome()
	 * @model
	 * @generated
	 */
	String getOutcome();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Remediation#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(String value);

} // Remediation
