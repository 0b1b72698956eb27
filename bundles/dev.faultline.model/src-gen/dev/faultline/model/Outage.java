/**
 */
package dev.faultline.model;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Outage</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An affected service or business function.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.faultline.model.Outage#getService <em>Service</em>}</li>
 *   <li>{@link dev.faultline.model.Outage#getSector <em>Sector</em>}</li>
 *   <li>{@link dev.faultline.model.Outage#getStart <em>Start</em>}</li>
 *   <li>{@link dev.faultline.model.Outage#getEnd <em>End</em>}</li>
 *   <li>{@link dev.faultline.model.Outage#getAffectedHosts <em>Affected Hosts</em>}</li>
 *   <li>{@link dev.faultline.model.Outage#getAffectedGroups <em>Affected Groups</em>}</li>
 *   <li>{@link dev.faultline.model.Outage#getSeverity <em>Severity</em>}</li>
 *   <li>{@link dev.faultline.model.Outage#getCustomerImpact <em>Customer Impact</em>}</li>
 * </ul>
 *
 * @see dev.faultline.model.FaultlinePackage#getOutage()
 * @model
 * @generated
 */
public interface Outage extends CausalNode {
	/**
	 * Returns the value of the '<em><b>Service</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Affected service or business function.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Service</em>' attribute.
	 * @see #setService(String)
	 * @see dev.faultline.model.FaultlinePackage#getOutage_Service()
	 * @model
	 * @generated
	 */
	String getService();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Outage#getService <em>Service</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service</em>' attribute.
	 * @see #getService()
	 * @generated
	 */
	void setService(String value);

	/**
	 * Returns the value of the '<em><b>Sector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sector, e.g. airlines, hospitals.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sector</em>' attribute.
	 * @see #setSector(String)
	 * @see dev.faultline.model.FaultlinePackage#getOutage_Sector()
	 * @model
	 * @generated
	 */
	String getSector();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Outage#getSector <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sector</em>' attribute.
	 * @see #getSector()
	 * @generated
	 */
	void setSector(String value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Start of the outage (UTC).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(Instant)
	 * @see dev.faultline.model.FaultlinePackage#getOutage_Start()
	 * @model dataType="dev.faultline.model.Instant"
	 * @generated
	 */
	Instant getStart();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Outage#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(Instant value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * End of the outage (UTC).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(Instant)
	 * @see dev.faultline.model.FaultlinePackage#getOutage_End()
	 * @model dataType="dev.faultline.model.Instant"
	 * @generated
	 */
	Instant getEnd();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Outage#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(Instant value);

	/**
	 * Returns the value of the '<em><b>Affected Hosts</b></em>' reference list.
	 * The list contents are of type {@link dev.faultline.model.Host}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hosts affected.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Affected Hosts</em>' reference list.
	 * @see dev.faultline.model.FaultlinePackage#getOutage_AffectedHosts()
	 * @model
	 * @generated
	 */
	EList<Host> getAffectedHosts();

	/**
	 * Returns the value of the '<em><b>Affected Groups</b></em>' reference list.
	 * The list contents are of type {@link dev.faultline.model.HostGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fleet segments affected.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Affected Groups</em>' reference list.
	 * @see dev.faultline.model.FaultlinePackage#getOutage_AffectedGroups()
	 * @model
	 * @generated
	 */
	EList<HostGroup> getAffectedGroups();

	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.faultline.model.Severity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Severity of the outage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see dev.faultline.model.Severity
	 * @see #setSeverity(Severity)
	 * @see dev.faultline.model.FaultlinePackage#getOutage_Severity()
	 * @model
	 * @generated
	 */
	Severity getSeverity();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Outage#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see dev.faultline.model.Severity
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(Severity value);

	/**
	 * Returns the value of the '<em><b>Customer Impact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Impact on customers, in plain words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customer Impact</em>' attribute.
	 * @see #setCustomerImpact(String)
	 * @see dev.faultline.model.FaultlinePackage#getOutage_CustomerImpact()
	 * @model
	 * @generated
	 */
	String getCustomerImpact();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Outage#getCustomerImpact <em>Customer Impact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer Impact</em>' attribute.
	 * @see #getCustomerImpact()
	 * @generated
	 */
	void setCustomerImpact(String value);

} // Outage
