/**
 */
package dev.faultline.model;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Investigation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of an investigation folder: everything one team knows about one incident.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.faultline.model.Investigation#getTitle <em>Title</em>}</li>
 *   <li>{@link dev.faultline.model.Investigation#getSummary <em>Summary</em>}</li>
 *   <li>{@link dev.faultline.model.Investigation#getStatus <em>Status</em>}</li>
 *   <li>{@link dev.faultline.model.Investigation#getSeverity <em>Severity</em>}</li>
 *   <li>{@link dev.faultline.model.Investigation#getDisplayTimeZone <em>Display Time Zone</em>}</li>
 *   <li>{@link dev.faultline.model.Investigation#getCreated <em>Created</em>}</li>
 *   <li>{@link dev.faultline.model.Investigation#getUpdated <em>Updated</em>}</li>
 *   <li>{@link dev.faultline.model.Investigation#getAnalysts <em>Analysts</em>}</li>
 *   <li>{@link dev.faultline.model.Investigation#getIncidents <em>Incidents</em>}</li>
 *   <li>{@link dev.faultline.model.Investigation#getHostGroups <em>Host Groups</em>}</li>
 *   <li>{@link dev.faultline.model.Investigation#getHosts <em>Hosts</em>}</li>
 *   <li>{@link dev.faultline.model.Investigation#getDrivers <em>Drivers</em>}</li>
 *   <li>{@link dev.faultline.model.Investigation#getUpdates <em>Updates</em>}</li>
 *   <li>{@link dev.faultline.model.Investigation#getCrashAnalyses <em>Crash Analyses</em>}</li>
 *   <li>{@link dev.faultline.model.Investigation#getCrashClusters <em>Crash Clusters</em>}</li>
 *   <li>{@link dev.faultline.model.Investigation#getOutages <em>Outages</em>}</li>
 *   <li>{@link dev.faultline.model.Investigation#getTimelineEvents <em>Timeline Events</em>}</li>
 *   <li>{@link dev.faultline.model.Investigation#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link dev.faultline.model.Investigation#getCausalLinks <em>Causal Links</em>}</li>
 *   <li>{@link dev.faultline.model.Investigation#getRemediations <em>Remediations</em>}</li>
 *   <li>{@link dev.faultline.model.Investigation#getAnnotations <em>Annotations</em>}</li>
 *   <li>{@link dev.faultline.model.Investigation#getRejectedProposals <em>Rejected Proposals</em>}</li>
 * </ul>
 *
 * @see dev.faultline.model.FaultlinePackage#getInvestigation()
 * @model
 * @generated
 */
public interface Investigation extends EObject {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short title shown in the explorer and window title.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see dev.faultline.model.FaultlinePackage#getInvestigation_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Investigation#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free-text summary of the current understanding.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see dev.faultline.model.FaultlinePackage#getInvestigation_Summary()
	 * @model
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Investigation#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.faultline.model.InvestigationStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Workflow state of the investigation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see dev.faultline.model.InvestigationStatus
	 * @see #setStatus(InvestigationStatus)
	 * @see dev.faultline.model.FaultlinePackage#getInvestigation_Status()
	 * @model
	 * @generated
	 */
	InvestigationStatus getStatus();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Investigation#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see dev.faultline.model.InvestigationStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(InvestigationStatus value);

	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.faultline.model.Severity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Overall severity of what is being investigated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see dev.faultline.model.Severity
	 * @see #setSeverity(Severity)
	 * @see dev.faultline.model.FaultlinePackage#getInvestigation_Severity()
	 * @model
	 * @generated
	 */
	Severity getSeverity();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Investigation#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see dev.faultline.model.Severity
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(Severity value);

	/**
	 * Returns the value of the '<em><b>Display Time Zone</b></em>' attribute.
	 * The default value is <code>"UTC"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IANA zone id (e.g. UTC, Europe/Berlin) in which times are shown; instants are always stored in UTC.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Display Time Zone</em>' attribute.
	 * @see #setDisplayTimeZone(String)
	 * @see dev.faultline.model.FaultlinePackage#getInvestigation_DisplayTimeZone()
	 * @model default="UTC"
	 * @generated
	 */
	String getDisplayTimeZone();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Investigation#getDisplayTimeZone <em>Display Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Display Time Zone</em>' attribute.
	 * @see #getDisplayTimeZone()
	 * @generated
	 */
	void setDisplayTimeZone(String value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the investigation was created.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Instant)
	 * @see dev.faultline.model.FaultlinePackage#getInvestigation_Created()
	 * @model dataType="dev.faultline.model.Instant"
	 * @generated
	 */
	Instant getCreated();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Investigation#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Instant value);

	/**
	 * Returns the value of the '<em><b>Updated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the investigation was last saved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Updated</em>' attribute.
	 * @see #setUpdated(Instant)
	 * @see dev.faultline.model.FaultlinePackage#getInvestigation_Updated()
	 * @model dataType="dev.faultline.model.Instant"
	 * @generated
	 */
	Instant getUpdated();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Investigation#getUpdated <em>Updated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Updated</em>' attribute.
	 * @see #getUpdated()
	 * @generated
	 */
	void setUpdated(Instant value);

	/**
	 * Returns the value of the '<em><b>Analysts</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Names of the people working on the investigation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Analysts</em>' attribute list.
	 * @see dev.faultline.model.FaultlinePackage#getInvestigation_Analysts()
	 * @model
	 * @generated
	 */
	EList<String> getAnalysts();

	/**
	 * Returns the value of the '<em><b>Incidents</b></em>' containment reference list.
	 * The list contents are of type {@link dev.faultline.model.Incident}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What happened.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Incidents</em>' containment reference list.
	 * @see dev.faultline.model.FaultlinePackage#getInvestigation_Incidents()
	 * @model containment="true"
	 * @generated
	 */
	EList<Incident> getIncidents();

	/**
	 * Returns the value of the '<em><b>Host Groups</b></em>' containment reference list.
	 * The list contents are of type {@link dev.faultline.model.HostGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fleet segments, with counts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Host Groups</em>' containment reference list.
	 * @see dev.faultline.model.FaultlinePackage#getInvestigation_HostGroups()
	 * @model containment="true"
	 * @generated
	 */
	EList<HostGroup> getHostGroups();

	/**
	 * Returns the value of the '<em><b>Hosts</b></em>' containment reference list.
	 * The list contents are of type {@link dev.faultline.model.Host}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Individually tracked (representative) hosts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hosts</em>' containment reference list.
	 * @see dev.faultline.model.FaultlinePackage#getInvestigation_Hosts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Host> getHosts();

	/**
	 * Returns the value of the '<em><b>Drivers</b></em>' containment reference list.
	 * The list contents are of type {@link dev.faultline.model.Driver}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Drivers involved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Drivers</em>' containment reference list.
	 * @see dev.faultline.model.FaultlinePackage#getInvestigation_Drivers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Driver> getDrivers();

	/**
	 * Returns the value of the '<em><b>Updates</b></em>' containment reference list.
	 * The list contents are of type {@link dev.faultline.model.Update}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Software, content and configuration changes involved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Updates</em>' containment reference list.
	 * @see dev.faultline.model.FaultlinePackage#getInvestigation_Updates()
	 * @model containment="true"
	 * @generated
	 */
	EList<Update> getUpdates();

	/**
	 * Returns the value of the '<em><b>Crash Analyses</b></em>' containment reference list.
	 * The list contents are of type {@link dev.faultline.model.CrashAnalysis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Crash dump analyses (WinDbg !analyze -v results).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Crash Analyses</em>' containment reference list.
	 * @see dev.faultline.model.FaultlinePackage#getInvestigation_CrashAnalyses()
	 * @model containment="true"
	 * @generated
	 */
	EList<CrashAnalysis> getCrashAnalyses();

	/**
	 * Returns the value of the '<em><b>Crash Clusters</b></em>' containment reference list.
	 * The list contents are of type {@link dev.faultline.model.CrashCluster}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Groups of crashes sharing one signature.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Crash Clusters</em>' containment reference list.
	 * @see dev.faultline.model.FaultlinePackage#getInvestigation_CrashClusters()
	 * @model containment="true"
	 * @generated
	 */
	EList<CrashCluster> getCrashClusters();

	/**
	 * Returns the value of the '<em><b>Outages</b></em>' containment reference list.
	 * The list contents are of type {@link dev.faultline.model.Outage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Affected services and business functions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outages</em>' containment reference list.
	 * @see dev.faultline.model.FaultlinePackage#getInvestigation_Outages()
	 * @model containment="true"
	 * @generated
	 */
	EList<Outage> getOutages();

	/**
	 * Returns the value of the '<em><b>Timeline Events</b></em>' containment reference list.
	 * The list contents are of type {@link dev.faultline.model.TimelineEvent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Events on the investigation timeline.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Timeline Events</em>' containment reference list.
	 * @see dev.faultline.model.FaultlinePackage#getInvestigation_TimelineEvents()
	 * @model containment="true"
	 * @generated
	 */
	EList<TimelineEvent> getTimelineEvents();

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' containment reference list.
	 * The list contents are of type {@link dev.faultline.model.Evidence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Imported evidence files (copies under evidence/).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' containment reference list.
	 * @see dev.faultline.model.FaultlinePackage#getInvestigation_Evidence()
	 * @model containment="true"
	 * @generated
	 */
	EList<Evidence> getEvidence();

	/**
	 * Returns the value of the '<em><b>Causal Links</b></em>' containment reference list.
	 * The list contents are of type {@link dev.faultline.model.CausalLink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cause-effect links between facts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Causal Links</em>' containment reference list.
	 * @see dev.faultline.model.FaultlinePackage#getInvestigation_CausalLinks()
	 * @model containment="true"
	 * @generated
	 */
	EList<CausalLink> getCausalLinks();

	/**
	 * Returns the value of the '<em><b>Remediations</b></em>' containment reference list.
	 * The list contents are of type {@link dev.faultline.model.Remediation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What was done to mitigate or recover.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Remediations</em>' containment reference list.
	 * @see dev.faultline.model.FaultlinePackage#getInvestigation_Remediations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Remediation> getRemediations();

	/**
	 * Returns the value of the '<em><b>Annotations</b></em>' containment reference list.
	 * The list contents are of type {@link dev.faultline.model.RecordAnnotation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tags, stars and comments the analysts put on evidence records of the index (timeline events carry their own).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Annotations</em>' containment reference list.
	 * @see dev.faultline.model.FaultlinePackage#getInvestigation_Annotations()
	 * @model containment="true"
	 * @generated
	 */
	EList<RecordAnnotation> getAnnotations();

	/**
	 * Returns the value of the '<em><b>Rejected Proposals</b></em>' containment reference list.
	 * The list contents are of type {@link dev.faultline.model.RejectedProposal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Causal links the analysis proposed and the analysts rejected, with their reasons (open questions of the post-mortem).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rejected Proposals</em>' containment reference list.
	 * @see dev.faultline.model.FaultlinePackage#getInvestigation_RejectedProposals()
	 * @model containment="true"
	 * @generated
	 */
	EList<RejectedProposal> getRejectedProposals();

} // Investigation
