/**
 */
package dev.faultline.model.impl;

import dev.faultline.model.CausalLink;
import dev.faultline.model.CrashAnalysis;
import dev.faultline.model.CrashCluster;
import dev.faultline.model.Driver;
import dev.faultline.model.Evidence;
import dev.faultline.model.FaultlinePackage;
import dev.faultline.model.Host;
import dev.faultline.model.HostGroup;
import dev.faultline.model.Incident;
import dev.faultline.model.Investigation;
import dev.faultline.model.InvestigationStatus;
import dev.faultline.model.Outage;
import dev.faultline.model.RecordAnnotation;
import dev.faultline.model.RejectedProposal;
import dev.faultline.model.Remediation;
import dev.faultline.model.Severity;
import dev.faultline.model.TimelineEvent;
import dev.faultline.model.Update;

import java.time.Instant;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Investigation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.faultline.model.impl.InvestigationImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link dev.faultline.model.impl.InvestigationImpl#getSummary <em>Summary</em>}</li>
 *   <li>{@link dev.faultline.model.impl.InvestigationImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link dev.faultline.model.impl.InvestigationImpl#getSeverity <em>Severity</em>}</li>
 *   <li>{@link dev.faultline.model.impl.InvestigationImpl#getDisplayTimeZone <em>Display Time Zone</em>}</li>
 *   <li>{@link dev.faultline.model.impl.InvestigationImpl#getCreated <em>Created</em>}</li>
 *   <li>{@link dev.faultline.model.impl.InvestigationImpl#getUpdated <em>Updated</em>}</li>
 *   <li>{@link dev.faultline.model.impl.InvestigationImpl#getAnalysts <em>Analysts</em>}</li>
 *   <li>{@link dev.faultline.model.impl.InvestigationImpl#getIncidents <em>Incidents</em>}</li>
 *   <li>{@link dev.faultline.model.impl.InvestigationImpl#getHostGroups <em>Host Groups</em>}</li>
 *   <li>{@link dev.faultline.model.impl.InvestigationImpl#getHosts <em>Hosts</em>}</li>
 *   <li>{@link dev.faultline.model.impl.InvestigationImpl#getDrivers <em>Drivers</em>}</li>
 *   <li>{@link dev.faultline.model.impl.InvestigationImpl#getUpdates <em>Updates</em>}</li>
 *   <li>{@link dev.faultline.model.impl.InvestigationImpl#getCrashAnalyses <em>Crash Analyses</em>}</li>
 *   <li>{@link dev.faultline.model.impl.InvestigationImpl#getCrashClusters <em>Crash Clusters</em>}</li>
 *   <li>{@link dev.faultline.model.impl.InvestigationImpl#getOutages <em>Outages</em>}</li>
 *   <li>{@link dev.faultline.model.impl.InvestigationImpl#getTimelineEvents <em>Timeline Events</em>}</li>
 *   <li>{@link dev.faultline.model.impl.InvestigationImpl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link dev.faultline.model.impl.InvestigationImpl#getCausalLinks <em>Causal Links</em>}</li>
 *   <li>{@link dev.faultline.model.impl.InvestigationImpl#getRemediations <em>Remediations</em>}</li>
 *   <li>{@link dev.faultline.model.impl.InvestigationImpl#getAnnotations <em>Annotations</em>}</li>
 *   <li>{@link dev.faultline.model.impl.InvestigationImpl#getRejectedProposals <em>Rejected Proposals</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InvestigationImpl extends MinimalEObjectImpl.Container implements Investigation {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected static final String SUMMARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected String summary = SUMMARY_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final InvestigationStatus STATUS_EDEFAULT = InvestigationStatus.OPEN;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected InvestigationStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected static final Severity SEVERITY_EDEFAULT = Severity.UNKNOWN;

	/**
	 * The cached value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected Severity severity = SEVERITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDisplayTimeZone() <em>Display Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisplayTimeZone()
	 * @generated
	 * @ordered
	 */
	protected static final String DISPLAY_TIME_ZONE_EDEFAULT = "UTC";

	/**
	 * The cached value of the '{@link #getDisplayTimeZone() <em>Display Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisplayTimeZone()
	 * @generated
	 * @ordered
	 */
	protected String displayTimeZone = DISPLAY_TIME_ZONE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected static final Instant CREATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected Instant created = CREATED_EDEFAULT;

	/**
	 * The default value of the '{@link #getUpdated() <em>Updated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdated()
	 * @generated
	 * @ordered
	 */
	protected static final Instant UPDATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUpdated() <em>Updated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdated()
	 * @generated
	 * @ordered
	 */
	protected Instant updated = UPDATED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAnalysts() <em>Analysts</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnalysts()
	 * @generated
	 * @ordered
	 */
	protected EList<String> analysts;

	/**
	 * The cached value of the '{@link #getIncidents() <em>Incidents</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIncidents()
	 * @generated
	 * @ordered
	 */
	protected EList<Incident> incidents;

	/**
	 * The cached value of the '{@link #getHostGroups() <em>Host Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<HostGroup> hostGroups;

	/**
	 * The cached value of the '{@link #getHosts() <em>Hosts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHosts()
	 * @generated
	 * @ordered
	 */
	protected EList<Host> hosts;

	/**
	 * The cached value of the '{@link #getDrivers() <em>Drivers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDrivers()
	 * @generated
	 * @ordered
	 */
	protected EList<Driver> drivers;

	/**
	 * The cached value of the '{@link #getUpdates() <em>Updates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdates()
	 * @generated
	 * @ordered
	 */
	protected EList<Update> updates;

	/**
	 * The cached value of the '{@link #getCrashAnalyses() <em>Crash Analyses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCrashAnalyses()
	 * @generated
	 * @ordered
	 */
	protected EList<CrashAnalysis> crashAnalyses;

	/**
	 * The cached value of the '{@link #getCrashClusters() <em>Crash Clusters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCrashClusters()
	 * @generated
	 * @ordered
	 */
	protected EList<CrashCluster> crashClusters;

	/**
	 * The cached value of the '{@link #getOutages() <em>Outages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutages()
	 * @generated
	 * @ordered
	 */
	protected EList<Outage> outages;

	/**
	 * The cached value of the '{@link #getTimelineEvents() <em>Timeline Events</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimelineEvents()
	 * @generated
	 * @ordered
	 */
	protected EList<TimelineEvent> timelineEvents;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<Evidence> evidence;

	/**
	 * The cached value of the '{@link #getCausalLinks() <em>Causal Links</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCausalLinks()
	 * @generated
	 * @ordered
	 */
	protected EList<CausalLink> causalLinks;

	/**
	 * The cached value of the '{@link #getRemediations() <em>Remediations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemediations()
	 * @generated
	 * @ordered
	 */
	protected EList<Remediation> remediations;

	/**
	 * The cached value of the '{@link #getAnnotations() <em>Annotations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotations()
	 * @generated
	 * @ordered
	 */
	protected EList<RecordAnnotation> annotations;

	/**
	 * The cached value of the '{@link #getRejectedProposals() <em>Rejected Proposals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRejectedProposals()
	 * @generated
	 * @ordered
	 */
	protected EList<RejectedProposal> rejectedProposals;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InvestigationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FaultlinePackage.Literals.INVESTIGATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.INVESTIGATION__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSummary() {
		return summary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSummary(String newSummary) {
		String oldSummary = summary;
		summary = newSummary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.INVESTIGATION__SUMMARY, oldSummary, summary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InvestigationStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(InvestigationStatus newStatus) {
		InvestigationStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.INVESTIGATION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Severity getSeverity() {
		return severity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeverity(Severity newSeverity) {
		Severity oldSeverity = severity;
		severity = newSeverity == null ? SEVERITY_EDEFAULT : newSeverity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.INVESTIGATION__SEVERITY, oldSeverity, severity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDisplayTimeZone() {
		return displayTimeZone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisplayTimeZone(String newDisplayTimeZone) {
		String oldDisplayTimeZone = displayTimeZone;
		displayTimeZone = newDisplayTimeZone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.INVESTIGATION__DISPLAY_TIME_ZONE, oldDisplayTimeZone, displayTimeZone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getCreated() {
		return created;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreated(Instant newCreated) {
		Instant oldCreated = created;
		created = newCreated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.INVESTIGATION__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getUpdated() {
		return updated;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpdated(Instant newUpdated) {
		Instant oldUpdated = updated;
		updated = newUpdated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.INVESTIGATION__UPDATED, oldUpdated, updated));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAnalysts() {
		if (analysts == null) {
			analysts = new EDataTypeUniqueEList<String>(String.class, this, FaultlinePackage.INVESTIGATION__ANALYSTS);
		}
		return analysts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Incident> getIncidents() {
		if (incidents == null) {
			incidents = new EObjectContainmentEList<Incident>(Incident.class, this, FaultlinePackage.INVESTIGATION__INCIDENTS);
		}
		return incidents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HostGroup> getHostGroups() {
		if (hostGroups == null) {
			hostGroups = new EObjectContainmentEList<HostGroup>(HostGroup.class, this, FaultlinePackage.INVESTIGATION__HOST_GROUPS);
		}
		return hostGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Host> getHosts() {
		if (hosts == null) {
			hosts = new EObjectContainmentEList<Host>(Host.class, this, FaultlinePackage.INVESTIGATION__HOSTS);
		}
		return hosts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Driver> getDrivers() {
		if (drivers == null) {
			drivers = new EObjectContainmentEList<Driver>(Driver.class, this, FaultlinePackage.INVESTIGATION__DRIVERS);
		}
		return drivers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Update> getUpdates() {
		if (updates == null) {
			updates = new EObjectContainmentEList<Update>(Update.class, this, FaultlinePackage.INVESTIGATION__UPDATES);
		}
		return updates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CrashAnalysis> getCrashAnalyses() {
		if (crashAnalyses == null) {
			crashAnalyses = new EObjectContainmentEList<CrashAnalysis>(CrashAnalysis.class, this, FaultlinePackage.INVESTIGATION__CRASH_ANALYSES);
		}
		return crashAnalyses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CrashCluster> getCrashClusters() {
		if (crashClusters == null) {
			crashClusters = new EObjectContainmentEList<CrashCluster>(CrashCluster.class, this, FaultlinePackage.INVESTIGATION__CRASH_CLUSTERS);
		}
		return crashClusters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Outage> getOutages() {
		if (outages == null) {
			outages = new EObjectContainmentEList<Outage>(Outage.class, this, FaultlinePackage.INVESTIGATION__OUTAGES);
		}
		return outages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TimelineEvent> getTimelineEvents() {
		if (timelineEvents == null) {
			timelineEvents = new EObjectContainmentEList<TimelineEvent>(TimelineEvent.class, this, FaultlinePackage.INVESTIGATION__TIMELINE_EVENTS);
		}
		return timelineEvents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Evidence> getEvidence() {
		if (evidence == null) {
			evidence = new EObjectContainmentEList<Evidence>(Evidence.class, this, FaultlinePackage.INVESTIGATION__EVIDENCE);
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CausalLink> getCausalLinks() {
		if (causalLinks == null) {
			causalLinks = new EObjectContainmentEList<CausalLink>(CausalLink.class, this, FaultlinePackage.INVESTIGATION__CAUSAL_LINKS);
		}
		return causalLinks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Remediation> getRemediations() {
		if (remediations == null) {
			remediations = new EObjectContainmentEList<Remediation>(Remediation.class, this, FaultlinePackage.INVESTIGATION__REMEDIATIONS);
		}
		return remediations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RecordAnnotation> getAnnotations() {
		if (annotations == null) {
			annotations = new EObjectContainmentEList<RecordAnnotation>(RecordAnnotation.class, this, FaultlinePackage.INVESTIGATION__ANNOTATIONS);
		}
		return annotations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RejectedProposal> getRejectedProposals() {
		if (rejectedProposals == null) {
			rejectedProposals = new EObjectContainmentEList<RejectedProposal>(RejectedProposal.class, this, FaultlinePackage.INVESTIGATION__REJECTED_PROPOSALS);
		}
		return rejectedProposals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FaultlinePackage.INVESTIGATION__INCIDENTS:
				return ((InternalEList<?>)getIncidents()).basicRemove(otherEnd, msgs);
			case FaultlinePackage.INVESTIGATION__HOST_GROUPS:
				return ((InternalEList<?>)getHostGroups()).basicRemove(otherEnd, msgs);
			case FaultlinePackage.INVESTIGATION__HOSTS:
				return ((InternalEList<?>)getHosts()).basicRemove(otherEnd, msgs);
			case FaultlinePackage.INVESTIGATION__DRIVERS:
				return ((InternalEList<?>)getDrivers()).basicRemove(otherEnd, msgs);
			case FaultlinePackage.INVESTIGATION__UPDATES:
				return ((InternalEList<?>)getUpdates()).basicRemove(otherEnd, msgs);
			case FaultlinePackage.INVESTIGATION__CRASH_ANALYSES:
				return ((InternalEList<?>)getCrashAnalyses()).basicRemove(otherEnd, msgs);
			case FaultlinePackage.INVESTIGATION__CRASH_CLUSTERS:
				return ((InternalEList<?>)getCrashClusters()).basicRemove(otherEnd, msgs);
			case FaultlinePackage.INVESTIGATION__OUTAGES:
				return ((InternalEList<?>)getOutages()).basicRemove(otherEnd, msgs);
			case FaultlinePackage.INVESTIGATION__TIMELINE_EVENTS:
				return ((InternalEList<?>)getTimelineEvents()).basicRemove(otherEnd, msgs);
			case FaultlinePackage.INVESTIGATION__EVIDENCE:
				return ((InternalEList<?>)getEvidence()).basicRemove(otherEnd, msgs);
			case FaultlinePackage.INVESTIGATION__CAUSAL_LINKS:
				return ((InternalEList<?>)getCausalLinks()).basicRemove(otherEnd, msgs);
			case FaultlinePackage.INVESTIGATION__REMEDIATIONS:
				return ((InternalEList<?>)getRemediations()).basicRemove(otherEnd, msgs);
			case FaultlinePackage.INVESTIGATION__ANNOTATIONS:
				return ((InternalEList<?>)getAnnotations()).basicRemove(otherEnd, msgs);
			case FaultlinePackage.INVESTIGATION__REJECTED_PROPOSALS:
				return ((InternalEList<?>)getRejectedProposals()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FaultlinePackage.INVESTIGATION__TITLE:
				return getTitle();
			case FaultlinePackage.INVESTIGATION__SUMMARY:
				return getSummary();
			case FaultlinePackage.INVESTIGATION__STATUS:
				return getStatus();
			case FaultlinePackage.INVESTIGATION__SEVERITY:
				return getSeverity();
			case FaultlinePackage.INVESTIGATION__DISPLAY_TIME_ZONE:
				return getDisplayTimeZone();
			case FaultlinePackage.INVESTIGATION__CREATED:
				return getCreated();
			case FaultlinePackage.INVESTIGATION__UPDATED:
				return getUpdated();
			case FaultlinePackage.INVESTIGATION__ANALYSTS:
				return getAnalysts();
			case FaultlinePackage.INVESTIGATION__INCIDENTS:
				return getIncidents();
			case FaultlinePackage.INVESTIGATION__HOST_GROUPS:
				return getHostGroups();
			case FaultlinePackage.INVESTIGATION__HOSTS:
				return getHosts();
			case FaultlinePackage.INVESTIGATION__DRIVERS:
				return getDrivers();
			case FaultlinePackage.INVESTIGATION__UPDATES:
				return getUpdates();
			case FaultlinePackage.INVESTIGATION__CRASH_ANALYSES:
				return getCrashAnalyses();
			case FaultlinePackage.INVESTIGATION__CRASH_CLUSTERS:
				return getCrashClusters();
			case FaultlinePackage.INVESTIGATION__OUTAGES:
				return getOutages();
			case FaultlinePackage.INVESTIGATION__TIMELINE_EVENTS:
				return getTimelineEvents();
			case FaultlinePackage.INVESTIGATION__EVIDENCE:
				return getEvidence();
			case FaultlinePackage.INVESTIGATION__CAUSAL_LINKS:
				return getCausalLinks();
			case FaultlinePackage.INVESTIGATION__REMEDIATIONS:
				return getRemediations();
			case FaultlinePackage.INVESTIGATION__ANNOTATIONS:
				return getAnnotations();
			case FaultlinePackage.INVESTIGATION__REJECTED_PROPOSALS:
				return getRejectedProposals();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FaultlinePackage.INVESTIGATION__TITLE:
				setTitle((String)newValue);
				return;
			case FaultlinePackage.INVESTIGATION__SUMMARY:
				setSummary((String)newValue);
				return;
			case FaultlinePackage.INVESTIGATION__STATUS:
				setStatus((InvestigationStatus)newValue);
				return;
			case FaultlinePackage.INVESTIGATION__SEVERITY:
				setSeverity((Severity)newValue);
				return;
			case FaultlinePackage.INVESTIGATION__DISPLAY_TIME_ZONE:
				setDisplayTimeZone((String)newValue);
				return;
			case FaultlinePackage.INVESTIGATION__CREATED:
				setCreated((Instant)newValue);
				return;
			case FaultlinePackage.INVESTIGATION__UPDATED:
				setUpdated((Instant)newValue);
				return;
			case FaultlinePackage.INVESTIGATION__ANALYSTS:
				getAnalysts().clear();
				getAnalysts().addAll((Collection<? extends String>)newValue);
				return;
			case FaultlinePackage.INVESTIGATION__INCIDENTS:
				getIncidents().clear();
				getIncidents().addAll((Collection<? extends Incident>)newValue);
				return;
			case FaultlinePackage.INVESTIGATION__HOST_GROUPS:
				getHostGroups().clear();
				getHostGroups().addAll((Collection<? extends HostGroup>)newValue);
				return;
			case FaultlinePackage.INVESTIGATION__HOSTS:
				getHosts().clear();
				getHosts().addAll((Collection<? extends Host>)newValue);
				return;
			case FaultlinePackage.INVESTIGATION__DRIVERS:
				getDrivers().clear();
				getDrivers().addAll((Collection<? extends Driver>)newValue);
				return;
			case FaultlinePackage.INVESTIGATION__UPDATES:
				getUpdates().clear();
				getUpdates().addAll((Collection<? extends Update>)newValue);
				return;
			case FaultlinePackage.INVESTIGATION__CRASH_ANALYSES:
				getCrashAnalyses().clear();
				getCrashAnalyses().addAll((Collection<? extends CrashAnalysis>)newValue);
				return;
			case FaultlinePackage.INVESTIGATION__CRASH_CLUSTERS:
				getCrashClusters().clear();
				getCrashClusters().addAll((Collection<? extends CrashCluster>)newValue);
				return;
			case FaultlinePackage.INVESTIGATION__OUTAGES:
				getOutages().clear();
				getOutages().addAll((Collection<? extends Outage>)newValue);
				return;
			case FaultlinePackage.INVESTIGATION__TIMELINE_EVENTS:
				getTimelineEvents().clear();
				getTimelineEvents().addAll((Collection<? extends TimelineEvent>)newValue);
				return;
			case FaultlinePackage.INVESTIGATION__EVIDENCE:
				getEvidence().clear();
				getEvidence().addAll((Collection<? extends Evidence>)newValue);
				return;
			case FaultlinePackage.INVESTIGATION__CAUSAL_LINKS:
				getCausalLinks().clear();
				getCausalLinks().addAll((Collection<? extends CausalLink>)newValue);
				return;
			case FaultlinePackage.INVESTIGATION__REMEDIATIONS:
				getRemediations().clear();
				getRemediations().addAll((Collection<? extends Remediation>)newValue);
				return;
			case FaultlinePackage.INVESTIGATION__ANNOTATIONS:
				getAnnotations().clear();
				getAnnotations().addAll((Collection<? extends RecordAnnotation>)newValue);
				return;
			case FaultlinePackage.INVESTIGATION__REJECTED_PROPOSALS:
				getRejectedProposals().clear();
				getRejectedProposals().addAll((Collection<? extends RejectedProposal>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FaultlinePackage.INVESTIGATION__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case FaultlinePackage.INVESTIGATION__SUMMARY:
				setSummary(SUMMARY_EDEFAULT);
				return;
			case FaultlinePackage.INVESTIGATION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case FaultlinePackage.INVESTIGATION__SEVERITY:
				setSeverity(SEVERITY_EDEFAULT);
				return;
			case FaultlinePackage.INVESTIGATION__DISPLAY_TIME_ZONE:
				setDisplayTimeZone(DISPLAY_TIME_ZONE_EDEFAULT);
				return;
			case FaultlinePackage.INVESTIGATION__CREATED:
				setCreated(CREATED_EDEFAULT);
				return;
			case FaultlinePackage.INVESTIGATION__UPDATED:
				setUpdated(UPDATED_EDEFAULT);
				return;
			case FaultlinePackage.INVESTIGATION__ANALYSTS:
				getAnalysts().clear();
				return;
			case FaultlinePackage.INVESTIGATION__INCIDENTS:
				getIncidents().clear();
				return;
			case FaultlinePackage.INVESTIGATION__HOST_GROUPS:
				getHostGroups().clear();
				return;
			case FaultlinePackage.INVESTIGATION__HOSTS:
				getHosts().clear();
				return;
			case FaultlinePackage.INVESTIGATION__DRIVERS:
				getDrivers().clear();
				return;
			case FaultlinePackage.INVESTIGATION__UPDATES:
				getUpdates().clear();
				return;
			case FaultlinePackage.INVESTIGATION__CRASH_ANALYSES:
				getCrashAnalyses().clear();
				return;
			case FaultlinePackage.INVESTIGATION__CRASH_CLUSTERS:
				getCrashClusters().clear();
				return;
			case FaultlinePackage.INVESTIGATION__OUTAGES:
				getOutages().clear();
				return;
			case FaultlinePackage.INVESTIGATION__TIMELINE_EVENTS:
				getTimelineEvents().clear();
				return;
			case FaultlinePackage.INVESTIGATION__EVIDENCE:
				getEvidence().clear();
				return;
			case FaultlinePackage.INVESTIGATION__CAUSAL_LINKS:
				getCausalLinks().clear();
				return;
			case FaultlinePackage.INVESTIGATION__REMEDIATIONS:
				getRemediations().clear();
				return;
			case FaultlinePackage.INVESTIGATION__ANNOTATIONS:
				getAnnotations().clear();
				return;
			case FaultlinePackage.INVESTIGATION__REJECTED_PROPOSALS:
				getRejectedProposals().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FaultlinePackage.INVESTIGATION__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case FaultlinePackage.INVESTIGATION__SUMMARY:
				return SUMMARY_EDEFAULT == null ? summary != null : !SUMMARY_EDEFAULT.equals(summary);
			case FaultlinePackage.INVESTIGATION__STATUS:
				return status != STATUS_EDEFAULT;
			case FaultlinePackage.INVESTIGATION__SEVERITY:
				return severity != SEVERITY_EDEFAULT;
			case FaultlinePackage.INVESTIGATION__DISPLAY_TIME_ZONE:
				return DISPLAY_TIME_ZONE_EDEFAULT == null ? displayTimeZone != null : !DISPLAY_TIME_ZONE_EDEFAULT.equals(displayTimeZone);
			case FaultlinePackage.INVESTIGATION__CREATED:
				return CREATED_EDEFAULT == null ? created != null : !CREATED_EDEFAULT.equals(created);
			case FaultlinePackage.INVESTIGATION__UPDATED:
				return UPDATED_EDEFAULT == null ? updated != null : !UPDATED_EDEFAULT.equals(updated);
			case FaultlinePackage.INVESTIGATION__ANALYSTS:
				return analysts != null && !analysts.isEmpty();
			case FaultlinePackage.INVESTIGATION__INCIDENTS:
				return incidents != null && !incidents.isEmpty();
			case FaultlinePackage.INVESTIGATION__HOST_GROUPS:
				return hostGroups != null && !hostGroups.isEmpty();
			case FaultlinePackage.INVESTIGATION__HOSTS:
				return hosts != null && !hosts.isEmpty();
			case FaultlinePackage.INVESTIGATION__DRIVERS:
				return drivers != null && !drivers.isEmpty();
			case FaultlinePackage.INVESTIGATION__UPDATES:
				return updates != null && !updates.isEmpty();
			case FaultlinePackage.INVESTIGATION__CRASH_ANALYSES:
				return crashAnalyses != null && !crashAnalyses.isEmpty();
			case FaultlinePackage.INVESTIGATION__CRASH_CLUSTERS:
				return crashClusters != null && !crashClusters.isEmpty();
			case FaultlinePackage.INVESTIGATION__OUTAGES:
				return outages != null && !outages.isEmpty();
			case FaultlinePackage.INVESTIGATION__TIMELINE_EVENTS:
				return timelineEvents != null && !timelineEvents.isEmpty();
			case FaultlinePackage.INVESTIGATION__EVIDENCE:
				return evidence != null && !evidence.isEmpty();
			case FaultlinePackage.INVESTIGATION__CAUSAL_LINKS:
				return causalLinks != null && !causalLinks.isEmpty();
			case FaultlinePackage.INVESTIGATION__REMEDIATIONS:
				return remediations != null && !remediations.isEmpty();
			case FaultlinePackage.INVESTIGATION__ANNOTATIONS:
				return annotations != null && !annotations.isEmpty();
			case FaultlinePackage.INVESTIGATION__REJECTED_PROPOSALS:
				return rejectedProposals != null && !rejectedProposals.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (title: ");
		result.append(title);
		result.append(", summary: ");
		result.append(summary);
		result.append(", status: ");
		result.append(status);
		result.append(", severity: ");
		result.append(severity);
		result.append(", displayTimeZone: ");
		result.append(displayTimeZone);
		result.append(", created: ");
		result.append(created);
		result.append(", updated: ");
		result.append(updated);
		result.append(", analysts: ");
		result.append(analysts);
		result.append(')');
		return result.toString();
	}

} //InvestigationImpl
