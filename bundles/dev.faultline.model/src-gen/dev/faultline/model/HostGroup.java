/**
 */
package dev.faultline.model;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Host Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A fleet segment: counts for all its machines, a few representative hosts in detail.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.faultline.model.HostGroup#getName <em>Name</em>}</li>
 *   <li>{@link dev.faultline.model.HostGroup#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link dev.faultline.model.HostGroup#getHostCount <em>Host Count</em>}</li>
 *   <li>{@link dev.faultline.model.HostGroup#getAffectedCount <em>Affected Count</em>}</li>
 *   <li>{@link dev.faultline.model.HostGroup#getRecoveredCount <em>Recovered Count</em>}</li>
 *   <li>{@link dev.faultline.model.HostGroup#getCountsAsOf <em>Counts As Of</em>}</li>
 *   <li>{@link dev.faultline.model.HostGroup#getRepresentatives <em>Representatives</em>}</li>
 * </ul>
 *
 * @see dev.faultline.model.FaultlinePackage#getHostGroup()
 * @model
 * @generated
 */
public interface HostGroup extends CausalNode {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the segment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see dev.faultline.model.FaultlinePackage#getHostGroup_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link dev.faultline.model.HostGroup#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Criteria</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which machines belong to the segment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Criteria</em>' attribute.
	 * @see #setCriteria(String)
	 * @see dev.faultline.model.FaultlinePackage#getHostGroup_Criteria()
	 * @model
	 * @generated
	 */
	String getCriteria();

	/**
	 * Sets the value of the '{@link dev.faultline.model.HostGroup#getCriteria <em>Criteria</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Criteria</em>' attribute.
	 * @see #getCriteria()
	 * @generated
	 */
	void setCriteria(String value);

	/**
	 * Returns the value of the '<em><b>Host Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of machines in the segment, if known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Host Count</em>' attribute.
	 * @see #setHostCount(Long)
	 * @see dev.faultline.model.FaultlinePackage#getHostGroup_HostCount()
	 * @model
	 * @generated
	 */
	Long getHostCount();

	/**
	 * Sets the value of the '{@link dev.faultline.model.HostGroup#getHostCount <em>Host Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host Count</em>' attribute.
	 * @see #getHostCount()
	 * @generated
	 */
	void setHostCount(Long value);

	/**
	 * Returns the value of the '<em><b>Affected Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of machines affected, if known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Affected Count</em>' attribute.
	 * @see #setAffectedCount(Long)
	 * @see dev.faultline.model.FaultlinePackage#getHostGroup_AffectedCount()
	 * @model
	 * @generated
	 */
	Long getAffectedCount();

	/**
	 * Sets the value of the '{@link dev.faultline.model.HostGroup#getAffectedCount <em>Affected Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Affected Count</em>' attribute.
	 * @see #getAffectedCount()
	 * @generated
	 */
	void setAffectedCount(Long value);

	/**
	 * Returns the value of the '<em><b>Recovered Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of machines recovered, if known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recovered Count</em>' attribute.
	 * @see #setRecoveredCount(Long)
	 * @see dev.faultline.model.FaultlinePackage#getHostGroup_RecoveredCount()
	 * @model
	 * @generated
	 */
	Long getRecoveredCount();

	/**
	 * Sets the value of the '{@link dev.faultline.model.HostGroup#getRecoveredCount <em>Recovered Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recovered Count</em>' attribute.
	 * @see #getRecoveredCount()
	 * @generated
	 */
	void setRecoveredCount(Long value);

	/**
	 * Returns the value of the '<em><b>Counts As Of</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the counts were taken (UTC).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Counts As Of</em>' attribute.
	 * @see #setCountsAsOf(Instant)
	 * @see dev.faultline.model.FaultlinePackage#getHostGroup_CountsAsOf()
	 * @model dataType="dev.faultline.model.Instant"
	 * @generated
	 */
	Instant getCountsAsOf();

	/**
	 * Sets the value of the '{@link dev.faultline.model.HostGroup#getCountsAsOf <em>Counts As Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Counts As Of</em>' attribute.
	 * @see #getCountsAsOf()
	 * @generated
	 */
	void setCountsAsOf(Instant value);

	/**
	 * Returns the value of the '<em><b>Representatives</b></em>' reference list.
	 * The list contents are of type {@link dev.faultline.model.Host}.
	 * It is bidirectional and its opposite is '{@link dev.faultline.model.Host#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hosts tracked in detail for this segment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Representatives</em>' reference list.
	 * @see dev.faultline.model.FaultlinePackage#getHostGroup_Representatives()
	 * @see dev.faultline.model.Host#getGroups
	 * @model opposite="groups"
	 * @generated
	 */
	EList<Host> getRepresentatives();

} // HostGroup
