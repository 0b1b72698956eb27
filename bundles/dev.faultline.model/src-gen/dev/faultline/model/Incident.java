/**
 */
package dev.faultline.model;

import java.time.Instant;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Incident</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What happened, with its key times.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.faultline.model.Incident#getTitle <em>Title</em>}</li>
 *   <li>{@link dev.faultline.model.Incident#getStart <em>Start</em>}</li>
 *   <li>{@link dev.faultline.model.Incident#getDetected <em>Detected</em>}</li>
 *   <li>{@link dev.faultline.model.Incident#getMitigated <em>Mitigated</em>}</li>
 *   <li>{@link dev.faultline.model.Incident#getResolved <em>Resolved</em>}</li>
 *   <li>{@link dev.faultline.model.Incident#getImpactStatement <em>Impact Statement</em>}</li>
 * </ul>
 *
 * @see dev.faultline.model.FaultlinePackage#getIncident()
 * @model
 * @generated
 */
public interface Incident extends Fact {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short name of the incident.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see dev.faultline.model.FaultlinePackage#getIncident_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Incident#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the incident began (UTC).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(Instant)
	 * @see dev.faultline.model.FaultlinePackage#getIncident_Start()
	 * @model dataType="dev.faultline.model.Instant"
	 * @generated
	 */
	Instant getStart();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Incident#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(Instant value);

	/**
	 * Returns the value of the '<em><b>Detected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it was detected (UTC).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Detected</em>' attribute.
	 * @see #setDetected(Instant)
	 * @see dev.faultline.model.FaultlinePackage#getIncident_Detected()
	 * @model dataType="dev.faultline.model.Instant"
	 * @generated
	 */
	Instant getDetected();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Incident#getDetected <em>Detected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Detected</em>' attribute.
	 * @see #getDetected()
	 * @generated
	 */
	void setDetected(Instant value);

	/**
	 * Returns the value of the '<em><b>Mitigated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the cause was mitigated (UTC).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mitigated</em>' attribute.
	 * @see #setMitigated(Instant)
	 * @see dev.faultline.model.FaultlinePackage#getIncident_Mitigated()
	 * @model dataType="dev.faultline.model.Instant"
	 * @generated
	 */
	Instant getMitigated();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Incident#getMitigated <em>Mitigated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mitigated</em>' attribute.
	 * @see #getMitigated()
	 * @generated
	 */
	void setMitigated(Instant value);

	/**
	 * Returns the value of the '<em><b>Resolved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the impact was resolved (UTC).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resolved</em>' attribute.
	 * @see #setResolved(Instant)
	 * @see dev.faultline.model.FaultlinePackage#getIncident_Resolved()
	 * @model dataType="dev.faultline.model.Instant"
	 * @generated
	 */
	Instant getResolved();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Incident#getResolved <em>Resolved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolved</em>' attribute.
	 * @see #getResolved()
	 * @generated
	 */
	void setResolved(Instant value);

	/**
	 * Returns the value of the '<em><b>Impact Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who and what was affected, in plain words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Impact Statement</em>' attribute.
	 * @see #setImpactStatement(String)
	 * @see dev.faultline.model.FaultlinePackage#getIncident_ImpactStatement()
	 * @model
	 * @generated
	 */
	String getImpactStatement();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Incident#getImpactStatement <em>Impact Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Impact Statement</em>' attribute.
	 * @see #getImpactStatement()
	 * @generated
	 */
	void setImpactStatement(String value);

} // Incident
