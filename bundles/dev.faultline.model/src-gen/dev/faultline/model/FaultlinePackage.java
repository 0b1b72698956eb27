/**
 */
package dev.faultline.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The Faultline investigation model: incidents, hosts, drivers, updates, crashes, outages, evidence and causal links.
 * <!-- end-model-doc -->
 * @see dev.faultline.model.FaultlineFactory
 * @model kind="package"
 * @generated
 */
public interface FaultlinePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "urn:faultline:model:1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "faultline";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	FaultlinePackage eINSTANCE = dev.faultline.model.impl.FaultlinePackageImpl.init();

	/**
	 * The meta object id for the '{@link dev.faultline.model.impl.InvestigationImpl <em>Investigation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.faultline.model.impl.InvestigationImpl
	 * @see dev.faultline.model.impl.FaultlinePackageImpl#getInvestigation()
	 * @generated
	 */
	int INVESTIGATION = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION__SUMMARY = 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION__STATUS = 2;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION__SEVERITY = 3;

	/**
	 * The feature id for the '<em><b>Display Time Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION__DISPLAY_TIME_ZONE = 4;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION__CREATED = 5;

	/**
	 * The feature id for the '<em><b>Updated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION__UPDATED = 6;

	/**
	 * The feature id for the '<em><b>Analysts</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION__ANALYSTS = 7;

	/**
	 * The feature id for the '<em><b>Incidents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION__INCIDENTS = 8;

	/**
	 * The feature id for the '<em><b>Host Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION__HOST_GROUPS = 9;

	/**
	 * The feature id for the '<em><b>Hosts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION__HOSTS = 10;

	/**
	 * The feature id for the '<em><b>Drivers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION__DRIVERS = 11;

	/**
	 * The feature id for the '<em><b>Updates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION__UPDATES = 12;

	/**
	 * The feature id for the '<em><b>Crash Analyses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION__CRASH_ANALYSES = 13;

	/**
	 * The feature id for the '<em><b>Crash Clusters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION__CRASH_CLUSTERS = 14;

	/**
	 * The feature id for the '<em><b>Outages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION__OUTAGES = 15;

	/**
	 * The feature id for the '<em><b>Timeline Events</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION__TIMELINE_EVENTS = 16;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION__EVIDENCE = 17;

	/**
	 * The feature id for the '<em><b>Causal Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION__CAUSAL_LINKS = 18;

	/**
	 * The feature id for the '<em><b>Remediations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION__REMEDIATIONS = 19;

	/**
	 * The feature id for the '<em><b>Annotations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION__ANNOTATIONS = 20;

	/**
	 * The feature id for the '<em><b>Rejected Proposals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION__REJECTED_PROPOSALS = 21;

	/**
	 * The number of structural features of the '<em>Investigation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION_FEATURE_COUNT = 22;

	/**
	 * The number of operations of the '<em>Investigation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.faultline.model.impl.FactImpl <em>Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.faultline.model.impl.FactImpl
	 * @see dev.faultline.model.impl.FaultlinePackageImpl#getFact()
	 * @generated
	 */
	int FACT = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT__DESCRIPTION = 0;

	/**
	 * The feature id for the '<em><b>Reconstructed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT__RECONSTRUCTED = 1;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT__CITATIONS = 2;

	/**
	 * The number of structural features of the '<em>Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.faultline.model.impl.CausalNodeImpl <em>Causal Node</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.faultline.model.impl.CausalNodeImpl
	 * @see dev.faultline.model.impl.FaultlinePackageImpl#getCausalNode()
	 * @generated
	 */
	int CAUSAL_NODE = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSAL_NODE__DESCRIPTION = FACT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Reconstructed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSAL_NODE__RECONSTRUCTED = FACT__RECONSTRUCTED;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSAL_NODE__CITATIONS = FACT__CITATIONS;

	/**
	 * The number of structural features of the '<em>Causal Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSAL_NODE_FEATURE_COUNT = FACT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Causal Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSAL_NODE_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.faultline.model.impl.IncidentImpl <em>Incident</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.faultline.model.impl.IncidentImpl
	 * @see dev.faultline.model.impl.FaultlinePackageImpl#getIncident()
	 * @generated
	 */
	int INCIDENT = 3;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCIDENT__DESCRIPTION = FACT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Reconstructed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCIDENT__RECONSTRUCTED = FACT__RECONSTRUCTED;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCIDENT__CITATIONS = FACT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCIDENT__TITLE = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCIDENT__START = FACT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Detected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCIDENT__DETECTED = FACT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Mitigated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCIDENT__MITIGATED = FACT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Resolved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCIDENT__RESOLVED = FACT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Impact Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCIDENT__IMPACT_STATEMENT = FACT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Incident</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCIDENT_FEATURE_COUNT = FACT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Incident</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCIDENT_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.faultline.model.impl.HostImpl <em>Host</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.faultline.model.impl.HostImpl
	 * @see dev.faultline.model.impl.FaultlinePackageImpl#getHost()
	 * @generated
	 */
	int HOST = 4;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__DESCRIPTION = CAUSAL_NODE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Reconstructed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__RECONSTRUCTED = CAUSAL_NODE__RECONSTRUCTED;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__CITATIONS = CAUSAL_NODE__CITATIONS;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__NAME = CAUSAL_NODE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__DOMAIN = CAUSAL_NODE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Os Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__OS_NAME = CAUSAL_NODE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Os Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__OS_VERSION = CAUSAL_NODE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Os Build</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__OS_BUILD = CAUSAL_NODE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Site</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__SITE = CAUSAL_NODE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__ROLE = CAUSAL_NODE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Agent Versions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__AGENT_VERSIONS = CAUSAL_NODE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>State Changes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__STATE_CHANGES = CAUSAL_NODE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__GROUPS = CAUSAL_NODE_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_FEATURE_COUNT = CAUSAL_NODE_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_OPERATION_COUNT = CAUSAL_NODE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.faultline.model.impl.HostStateChangeImpl <em>Host State Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.faultline.model.impl.HostStateChangeImpl
	 * @see dev.faultline.model.impl.FaultlinePackageImpl#getHostStateChange()
	 * @generated
	 */
	int HOST_STATE_CHANGE = 5;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_STATE_CHANGE__DESCRIPTION = FACT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Reconstructed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_STATE_CHANGE__RECONSTRUCTED = FACT__RECONSTRUCTED;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_STATE_CHANGE__CITATIONS = FACT__CITATIONS;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_STATE_CHANGE__AT = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_STATE_CHANGE__STATE = FACT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Host State Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_STATE_CHANGE_FEATURE_COUNT = FACT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Host State Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_STATE_CHANGE_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.faultline.model.impl.HostGroupImpl <em>Host Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.faultline.model.impl.HostGroupImpl
	 * @see dev.faultline.model.impl.FaultlinePackageImpl#getHostGroup()
	 * @generated
	 */
	int HOST_GROUP = 6;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_GROUP__DESCRIPTION = CAUSAL_NODE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Reconstructed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_GROUP__RECONSTRUCTED = CAUSAL_NODE__RECONSTRUCTED;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_GROUP__CITATIONS = CAUSAL_NODE__CITATIONS;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_GROUP__NAME = CAUSAL_NODE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Criteria</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_GROUP__CRITERIA = CAUSAL_NODE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Host Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_GROUP__HOST_COUNT = CAUSAL_NODE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Affected Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_GROUP__AFFECTED_COUNT = CAUSAL_NODE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Recovered Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_GROUP__RECOVERED_COUNT = CAUSAL_NODE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Counts As Of</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_GROUP__COUNTS_AS_OF = CAUSAL_NODE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Representatives</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_GROUP__REPRESENTATIVES = CAUSAL_NODE_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Host Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_GROUP_FEATURE_COUNT = CAUSAL_NODE_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Host Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_GROUP_OPERATION_COUNT = CAUSAL_NODE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.faultline.model.impl.DriverImpl <em>Driver</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.faultline.model.impl.DriverImpl
	 * @see dev.faultline.model.impl.FaultlinePackageImpl#getDriver()
	 * @generated
	 */
	int DRIVER = 7;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER__DESCRIPTION = CAUSAL_NODE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Reconstructed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER__RECONSTRUCTED = CAUSAL_NODE__RECONSTRUCTED;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER__CITATIONS = CAUSAL_NODE__CITATIONS;

	/**
	 * The feature id for the '<em><b>File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER__FILE_NAME = CAUSAL_NODE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Service Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER__SERVICE_NAME = CAUSAL_NODE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER__DISPLAY_NAME = CAUSAL_NODE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER__VENDOR = CAUSAL_NODE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER__VERSION = CAUSAL_NODE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER__TYPE = CAUSAL_NODE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Start Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER__START_MODE = CAUSAL_NODE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Signed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER__SIGNED = CAUSAL_NODE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Signer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER__SIGNER = CAUSAL_NODE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER__PATH = CAUSAL_NODE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER__SHA256 = CAUSAL_NODE_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Loaded On</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER__LOADED_ON = CAUSAL_NODE_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Driver</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_FEATURE_COUNT = CAUSAL_NODE_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Driver</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_OPERATION_COUNT = CAUSAL_NODE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.faultline.model.impl.UpdateImpl <em>Update</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.faultline.model.impl.UpdateImpl
	 * @see dev.faultline.model.impl.FaultlinePackageImpl#getUpdate()
	 * @generated
	 */
	int UPDATE = 8;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE__DESCRIPTION = CAUSAL_NODE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Reconstructed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE__RECONSTRUCTED = CAUSAL_NODE__RECONSTRUCTED;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE__CITATIONS = CAUSAL_NODE__CITATIONS;

	/**
	 * The feature id for the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE__VENDOR = CAUSAL_NODE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Product</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE__PRODUCT = CAUSAL_NODE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE__KIND = CAUSAL_NODE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Identifier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE__IDENTIFIER = CAUSAL_NODE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE__VERSION = CAUSAL_NODE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Released At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE__RELEASED_AT = CAUSAL_NODE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Reverted At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE__REVERTED_AT = CAUSAL_NODE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Rollout Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE__ROLLOUT_SCOPE = CAUSAL_NODE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Consumed By</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE__CONSUMED_BY = CAUSAL_NODE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Files</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE__FILES = CAUSAL_NODE_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Update</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_FEATURE_COUNT = CAUSAL_NODE_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Update</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_OPERATION_COUNT = CAUSAL_NODE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.faultline.model.impl.UpdateFileImpl <em>Update File</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.faultline.model.impl.UpdateFileImpl
	 * @see dev.faultline.model.impl.FaultlinePackageImpl#getUpdateFile()
	 * @generated
	 */
	int UPDATE_FILE = 9;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_FILE__DESCRIPTION = FACT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Reconstructed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_FILE__RECONSTRUCTED = FACT__RECONSTRUCTED;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_FILE__CITATIONS = FACT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_FILE__PATH = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_FILE__SHA256 = FACT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_FILE__SIZE = FACT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Update File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_FILE_FEATURE_COUNT = FACT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Update File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_FILE_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.faultline.model.impl.CrashAnalysisImpl <em>Crash Analysis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.faultline.model.impl.CrashAnalysisImpl
	 * @see dev.faultline.model.impl.FaultlinePackageImpl#getCrashAnalysis()
	 * @generated
	 */
	int CRASH_ANALYSIS = 10;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRASH_ANALYSIS__DESCRIPTION = CAUSAL_NODE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Reconstructed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRASH_ANALYSIS__RECONSTRUCTED = CAUSAL_NODE__RECONSTRUCTED;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRASH_ANALYSIS__CITATIONS = CAUSAL_NODE__CITATIONS;

	/**
	 * The feature id for the '<em><b>Host</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRASH_ANALYSIS__HOST = CAUSAL_NODE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRASH_ANALYSIS__TIME = CAUSAL_NODE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Bugcheck Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRASH_ANALYSIS__BUGCHECK_CODE = CAUSAL_NODE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Bugcheck Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRASH_ANALYSIS__BUGCHECK_NAME = CAUSAL_NODE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Parameter1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRASH_ANALYSIS__PARAMETER1 = CAUSAL_NODE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Parameter2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRASH_ANALYSIS__PARAMETER2 = CAUSAL_NODE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Parameter3</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRASH_ANALYSIS__PARAMETER3 = CAUSAL_NODE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Parameter4</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRASH_ANALYSIS__PARAMETER4 = CAUSAL_NODE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Faulting Module</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRASH_ANALYSIS__FAULTING_MODULE = CAUSAL_NODE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Image Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRASH_ANALYSIS__IMAGE_NAME = CAUSAL_NODE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Process Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRASH_ANALYSIS__PROCESS_NAME = CAUSAL_NODE_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Failure Bucket</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRASH_ANALYSIS__FAILURE_BUCKET = CAUSAL_NODE_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Symbol Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRASH_ANALYSIS__SYMBOL_NAME = CAUSAL_NODE_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Os Build</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRASH_ANALYSIS__OS_BUILD = CAUSAL_NODE_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Frames</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRASH_ANALYSIS__FRAMES = CAUSAL_NODE_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Cluster</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRASH_ANALYSIS__CLUSTER = CAUSAL_NODE_FEATURE_COUNT + 15;

	/**
	 * The number of structural features of the '<em>Crash Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRASH_ANALYSIS_FEATURE_COUNT = CAUSAL_NODE_FEATURE_COUNT + 16;

	/**
	 * The number of operations of the '<em>Crash Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRASH_ANALYSIS_OPERATION_COUNT = CAUSAL_NODE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.faultline.model.impl.StackFrameImpl <em>Stack Frame</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.faultline.model.impl.StackFrameImpl
	 * @see dev.faultline.model.impl.FaultlinePackageImpl#getStackFrame()
	 * @generated
	 */
	int STACK_FRAME = 11;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_FRAME__INDEX = 0;

	/**
	 * The feature id for the '<em><b>Module</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_FRAME__MODULE = 1;

	/**
	 * The feature id for the '<em><b>Symbol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_FRAME__SYMBOL = 2;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_FRAME__OFFSET = 3;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_FRAME__TEXT = 4;

	/**
	 * The number of structural features of the '<em>Stack Frame</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_FRAME_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Stack Frame</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_FRAME_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.faultline.model.impl.CrashClusterImpl <em>Crash Cluster</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.faultline.model.impl.CrashClusterImpl
	 * @see dev.faultline.model.impl.FaultlinePackageImpl#getCrashCluster()
	 * @generated
	 */
	int CRASH_CLUSTER = 12;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRASH_CLUSTER__DESCRIPTION = CAUSAL_NODE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Reconstructed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRASH_CLUSTER__RECONSTRUCTED = CAUSAL_NODE__RECONSTRUCTED;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRASH_CLUSTER__CITATIONS = CAUSAL_NODE__CITATIONS;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRASH_CLUSTER__NAME = CAUSAL_NODE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Signature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRASH_CLUSTER__SIGNATURE = CAUSAL_NODE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>First Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRASH_CLUSTER__FIRST_SEEN = CAUSAL_NODE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Last Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRASH_CLUSTER__LAST_SEEN = CAUSAL_NODE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Crash Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRASH_CLUSTER__CRASH_COUNT = CAUSAL_NODE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Members</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRASH_CLUSTER__MEMBERS = CAUSAL_NODE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Cluster Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRASH_CLUSTER__CLUSTER_KEY = CAUSAL_NODE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Bugcheck Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRASH_CLUSTER__BUGCHECK_CODE = CAUSAL_NODE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Faulting Module</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRASH_CLUSTER__FAULTING_MODULE = CAUSAL_NODE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Failure Bucket</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRASH_CLUSTER__FAILURE_BUCKET = CAUSAL_NODE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Host Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRASH_CLUSTER__HOST_COUNT = CAUSAL_NODE_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Crash Cluster</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRASH_CLUSTER_FEATURE_COUNT = CAUSAL_NODE_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Crash Cluster</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRASH_CLUSTER_OPERATION_COUNT = CAUSAL_NODE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.faultline.model.impl.OutageImpl <em>Outage</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.faultline.model.impl.OutageImpl
	 * @see dev.faultline.model.impl.FaultlinePackageImpl#getOutage()
	 * @generated
	 */
	int OUTAGE = 13;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTAGE__DESCRIPTION = CAUSAL_NODE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Reconstructed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTAGE__RECONSTRUCTED = CAUSAL_NODE__RECONSTRUCTED;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTAGE__CITATIONS = CAUSAL_NODE__CITATIONS;

	/**
	 * The feature id for the '<em><b>Service</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTAGE__SERVICE = CAUSAL_NODE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTAGE__SECTOR = CAUSAL_NODE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTAGE__START = CAUSAL_NODE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTAGE__END = CAUSAL_NODE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Affected Hosts</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTAGE__AFFECTED_HOSTS = CAUSAL_NODE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Affected Groups</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTAGE__AFFECTED_GROUPS = CAUSAL_NODE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTAGE__SEVERITY = CAUSAL_NODE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Customer Impact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTAGE__CUSTOMER_IMPACT = CAUSAL_NODE_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Outage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTAGE_FEATURE_COUNT = CAUSAL_NODE_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Outage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTAGE_OPERATION_COUNT = CAUSAL_NODE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.faultline.model.impl.TimelineEventImpl <em>Timeline Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.faultline.model.impl.TimelineEventImpl
	 * @see dev.faultline.model.impl.FaultlinePackageImpl#getTimelineEvent()
	 * @generated
	 */
	int TIMELINE_EVENT = 14;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE_EVENT__DESCRIPTION = CAUSAL_NODE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Reconstructed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE_EVENT__RECONSTRUCTED = CAUSAL_NODE__RECONSTRUCTED;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE_EVENT__CITATIONS = CAUSAL_NODE__CITATIONS;

	/**
	 * The feature id for the '<em><b>Instant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE_EVENT__INSTANT = CAUSAL_NODE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Original Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE_EVENT__ORIGINAL_TIMESTAMP = CAUSAL_NODE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Original Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE_EVENT__ORIGINAL_ZONE = CAUSAL_NODE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE_EVENT__SOURCE = CAUSAL_NODE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Host</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE_EVENT__HOST = CAUSAL_NODE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE_EVENT__KIND = CAUSAL_NODE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE_EVENT__MESSAGE = CAUSAL_NODE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE_EVENT__TAGS = CAUSAL_NODE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE_EVENT__COMMENTS = CAUSAL_NODE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Starred</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE_EVENT__STARRED = CAUSAL_NODE_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Timeline Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE_EVENT_FEATURE_COUNT = CAUSAL_NODE_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Timeline Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE_EVENT_OPERATION_COUNT = CAUSAL_NODE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.faultline.model.impl.EvidenceImpl <em>Evidence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.faultline.model.impl.EvidenceImpl
	 * @see dev.faultline.model.impl.FaultlinePackageImpl#getEvidence()
	 * @generated
	 */
	int EVIDENCE = 15;

	/**
	 * The feature id for the '<em><b>Original Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__ORIGINAL_NAME = 0;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__PATH = 1;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__SHA256 = 2;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__SIZE = 3;

	/**
	 * The feature id for the '<em><b>Media Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__MEDIA_TYPE = 4;

	/**
	 * The feature id for the '<em><b>Importer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__IMPORTER = 5;

	/**
	 * The feature id for the '<em><b>Imported At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__IMPORTED_AT = 6;

	/**
	 * The feature id for the '<em><b>Imported By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__IMPORTED_BY = 7;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__DESCRIPTION = 8;

	/**
	 * The feature id for the '<em><b>Read Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__READ_ZONE = 9;

	/**
	 * The feature id for the '<em><b>Read Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__READ_YEAR = 10;

	/**
	 * The number of structural features of the '<em>Evidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Evidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.faultline.model.impl.RecordAnnotationImpl <em>Record Annotation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.faultline.model.impl.RecordAnnotationImpl
	 * @see dev.faultline.model.impl.FaultlinePackageImpl#getRecordAnnotation()
	 * @generated
	 */
	int RECORD_ANNOTATION = 16;

	/**
	 * The feature id for the '<em><b>Record Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_ANNOTATION__RECORD_ID = 0;

	/**
	 * The feature id for the '<em><b>Record</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_ANNOTATION__RECORD = 1;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_ANNOTATION__TAGS = 2;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_ANNOTATION__COMMENTS = 3;

	/**
	 * The feature id for the '<em><b>Starred</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_ANNOTATION__STARRED = 4;

	/**
	 * The number of structural features of the '<em>Record Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_ANNOTATION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Record Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_ANNOTATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.faultline.model.impl.EvidenceRefImpl <em>Evidence Ref</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.faultline.model.impl.EvidenceRefImpl
	 * @see dev.faultline.model.impl.FaultlinePackageImpl#getEvidenceRef()
	 * @generated
	 */
	int EVIDENCE_REF = 17;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_REF__EVIDENCE = 0;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_REF__LINE = 1;

	/**
	 * The feature id for the '<em><b>Byte Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_REF__BYTE_OFFSET = 2;

	/**
	 * The feature id for the '<em><b>Record Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_REF__RECORD_ID = 3;

	/**
	 * The number of structural features of the '<em>Evidence Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_REF_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Evidence Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_REF_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.faultline.model.impl.CausalLinkImpl <em>Causal Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.faultline.model.impl.CausalLinkImpl
	 * @see dev.faultline.model.impl.FaultlinePackageImpl#getCausalLink()
	 * @generated
	 */
	int CAUSAL_LINK = 18;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSAL_LINK__DESCRIPTION = FACT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Reconstructed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSAL_LINK__RECONSTRUCTED = FACT__RECONSTRUCTED;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSAL_LINK__CITATIONS = FACT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Cause</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSAL_LINK__CAUSE = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Effect</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSAL_LINK__EFFECT = FACT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Relation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSAL_LINK__RELATION = FACT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSAL_LINK__CONFIDENCE = FACT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSAL_LINK__RATIONALE = FACT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Causal Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSAL_LINK_FEATURE_COUNT = FACT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Causal Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSAL_LINK_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.faultline.model.impl.RemediationImpl <em>Remediation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.faultline.model.impl.RemediationImpl
	 * @see dev.faultline.model.impl.FaultlinePackageImpl#getRemediation()
	 * @generated
	 */
	int REMEDIATION = 19;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIATION__DESCRIPTION = FACT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Reconstructed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIATION__RECONSTRUCTED = FACT__RECONSTRUCTED;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIATION__CITATIONS = FACT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIATION__ACTION = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Performed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIATION__PERFORMED_AT = FACT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Performed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIATION__PERFORMED_BY = FACT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Hosts</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIATION__HOSTS = FACT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIATION__GROUPS = FACT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIATION__OUTCOME = FACT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Remediation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIATION_FEATURE_COUNT = FACT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Remediation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIATION_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.faultline.model.impl.RejectedProposalImpl <em>Rejected Proposal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.faultline.model.impl.RejectedProposalImpl
	 * @see dev.faultline.model.impl.FaultlinePackageImpl#getRejectedProposal()
	 * @generated
	 */
	int REJECTED_PROPOSAL = 20;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECTED_PROPOSAL__DESCRIPTION = FACT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Reconstructed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECTED_PROPOSAL__RECONSTRUCTED = FACT__RECONSTRUCTED;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECTED_PROPOSAL__CITATIONS = FACT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Proposal Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECTED_PROPOSAL__PROPOSAL_ID = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Cause</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECTED_PROPOSAL__CAUSE = FACT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Effect</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECTED_PROPOSAL__EFFECT = FACT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Relation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECTED_PROPOSAL__RELATION = FACT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Proposed Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECTED_PROPOSAL__PROPOSED_CONFIDENCE = FACT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Proposed Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECTED_PROPOSAL__PROPOSED_RATIONALE = FACT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECTED_PROPOSAL__REASON = FACT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Rejected At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECTED_PROPOSAL__REJECTED_AT = FACT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Rejected By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECTED_PROPOSAL__REJECTED_BY = FACT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Rejected Proposal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECTED_PROPOSAL_FEATURE_COUNT = FACT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Rejected Proposal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECTED_PROPOSAL_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.faultline.model.InvestigationStatus <em>Investigation Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.faultline.model.InvestigationStatus
	 * @see dev.faultline.model.impl.FaultlinePackageImpl#getInvestigationStatus()
	 * @generated
	 */
	int INVESTIGATION_STATUS = 21;

	/**
	 * The meta object id for the '{@link dev.faultline.model.Severity <em>Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.faultline.model.Severity
	 * @see dev.faultline.model.impl.FaultlinePackageImpl#getSeverity()
	 * @generated
	 */
	int SEVERITY = 22;

	/**
	 * The meta object id for the '{@link dev.faultline.model.HostState <em>Host State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.faultline.model.HostState
	 * @see dev.faultline.model.impl.FaultlinePackageImpl#getHostState()
	 * @generated
	 */
	int HOST_STATE = 23;

	/**
	 * The meta object id for the '{@link dev.faultline.model.DriverType <em>Driver Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.faultline.model.DriverType
	 * @see dev.faultline.model.impl.FaultlinePackageImpl#getDriverType()
	 * @generated
	 */
	int DRIVER_TYPE = 24;

	/**
	 * The meta object id for the '{@link dev.faultline.model.StartMode <em>Start Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.faultline.model.StartMode
	 * @see dev.faultline.model.impl.FaultlinePackageImpl#getStartMode()
	 * @generated
	 */
	int START_MODE = 25;

	/**
	 * The meta object id for the '{@link dev.faultline.model.UpdateKind <em>Update Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.faultline.model.UpdateKind
	 * @see dev.faultline.model.impl.FaultlinePackageImpl#getUpdateKind()
	 * @generated
	 */
	int UPDATE_KIND = 26;

	/**
	 * The meta object id for the '{@link dev.faultline.model.RelationKind <em>Relation Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.faultline.model.RelationKind
	 * @see dev.faultline.model.impl.FaultlinePackageImpl#getRelationKind()
	 * @generated
	 */
	int RELATION_KIND = 27;

	/**
	 * The meta object id for the '{@link dev.faultline.model.Confidence <em>Confidence</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.faultline.model.Confidence
	 * @see dev.faultline.model.impl.FaultlinePackageImpl#getConfidence()
	 * @generated
	 */
	int CONFIDENCE = 28;

	/**
	 * The meta object id for the '<em>Instant</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see dev.faultline.model.impl.FaultlinePackageImpl#getInstant()
	 * @generated
	 */
	int INSTANT = 29;


	/**
	 * Returns the meta object for class '{@link dev.faultline.model.Investigation <em>Investigation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Investigation</em>'.
	 * @see dev.faultline.model.Investigation
	 * @generated
	 */
	EClass getInvestigation();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Investigation#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see dev.faultline.model.Investigation#getTitle()
	 * @see #getInvestigation()
	 * @generated
	 */
	EAttribute getInvestigation_Title();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Investigation#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see dev.faultline.model.Investigation#getSummary()
	 * @see #getInvestigation()
	 * @generated
	 */
	EAttribute getInvestigation_Summary();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Investigation#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see dev.faultline.model.Investigation#getStatus()
	 * @see #getInvestigation()
	 * @generated
	 */
	EAttribute getInvestigation_Status();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Investigation#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see dev.faultline.model.Investigation#getSeverity()
	 * @see #getInvestigation()
	 * @generated
	 */
	EAttribute getInvestigation_Severity();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Investigation#getDisplayTimeZone <em>Display Time Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Display Time Zone</em>'.
	 * @see dev.faultline.model.Investigation#getDisplayTimeZone()
	 * @see #getInvestigation()
	 * @generated
	 */
	EAttribute getInvestigation_DisplayTimeZone();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Investigation#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see dev.faultline.model.Investigation#getCreated()
	 * @see #getInvestigation()
	 * @generated
	 */
	EAttribute getInvestigation_Created();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Investigation#getUpdated <em>Updated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Updated</em>'.
	 * @see dev.faultline.model.Investigation#getUpdated()
	 * @see #getInvestigation()
	 * @generated
	 */
	EAttribute getInvestigation_Updated();

	/**
	 * Returns the meta object for the attribute list '{@link dev.faultline.model.Investigation#getAnalysts <em>Analysts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Analysts</em>'.
	 * @see dev.faultline.model.Investigation#getAnalysts()
	 * @see #getInvestigation()
	 * @generated
	 */
	EAttribute getInvestigation_Analysts();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.faultline.model.Investigation#getIncidents <em>Incidents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Incidents</em>'.
	 * @see dev.faultline.model.Investigation#getIncidents()
	 * @see #getInvestigation()
	 * @generated
	 */
	EReference getInvestigation_Incidents();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.faultline.model.Investigation#getHostGroups <em>Host Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Host Groups</em>'.
	 * @see dev.faultline.model.Investigation#getHostGroups()
	 * @see #getInvestigation()
	 * @generated
	 */
	EReference getInvestigation_HostGroups();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.faultline.model.Investigation#getHosts <em>Hosts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Hosts</em>'.
	 * @see dev.faultline.model.Investigation#getHosts()
	 * @see #getInvestigation()
	 * @generated
	 */
	EReference getInvestigation_Hosts();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.faultline.model.Investigation#getDrivers <em>Drivers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Drivers</em>'.
	 * @see dev.faultline.model.Investigation#getDrivers()
	 * @see #getInvestigation()
	 * @generated
	 */
	EReference getInvestigation_Drivers();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.faultline.model.Investigation#getUpdates <em>Updates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Updates</em>'.
	 * @see dev.faultline.model.Investigation#getUpdates()
	 * @see #getInvestigation()
	 * @generated
	 */
	EReference getInvestigation_Updates();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.faultline.model.Investigation#getCrashAnalyses <em>Crash Analyses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Crash Analyses</em>'.
	 * @see dev.faultline.model.Investigation#getCrashAnalyses()
	 * @see #getInvestigation()
	 * @generated
	 */
	EReference getInvestigation_CrashAnalyses();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.faultline.model.Investigation#getCrashClusters <em>Crash Clusters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Crash Clusters</em>'.
	 * @see dev.faultline.model.Investigation#getCrashClusters()
	 * @see #getInvestigation()
	 * @generated
	 */
	EReference getInvestigation_CrashClusters();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.faultline.model.Investigation#getOutages <em>Outages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Outages</em>'.
	 * @see dev.faultline.model.Investigation#getOutages()
	 * @see #getInvestigation()
	 * @generated
	 */
	EReference getInvestigation_Outages();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.faultline.model.Investigation#getTimelineEvents <em>Timeline Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Timeline Events</em>'.
	 * @see dev.faultline.model.Investigation#getTimelineEvents()
	 * @see #getInvestigation()
	 * @generated
	 */
	EReference getInvestigation_TimelineEvents();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.faultline.model.Investigation#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evidence</em>'.
	 * @see dev.faultline.model.Investigation#getEvidence()
	 * @see #getInvestigation()
	 * @generated
	 */
	EReference getInvestigation_Evidence();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.faultline.model.Investigation#getCausalLinks <em>Causal Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Causal Links</em>'.
	 * @see dev.faultline.model.Investigation#getCausalLinks()
	 * @see #getInvestigation()
	 * @generated
	 */
	EReference getInvestigation_CausalLinks();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.faultline.model.Investigation#getRemediations <em>Remediations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Remediations</em>'.
	 * @see dev.faultline.model.Investigation#getRemediations()
	 * @see #getInvestigation()
	 * @generated
	 */
	EReference getInvestigation_Remediations();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.faultline.model.Investigation#getAnnotations <em>Annotations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Annotations</em>'.
	 * @see dev.faultline.model.Investigation#getAnnotations()
	 * @see #getInvestigation()
	 * @generated
	 */
	EReference getInvestigation_Annotations();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.faultline.model.Investigation#getRejectedProposals <em>Rejected Proposals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rejected Proposals</em>'.
	 * @see dev.faultline.model.Investigation#getRejectedProposals()
	 * @see #getInvestigation()
	 * @generated
	 */
	EReference getInvestigation_RejectedProposals();

	/**
	 * Returns the meta object for class '{@link dev.faultline.model.Fact <em>Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fact</em>'.
	 * @see dev.faultline.model.Fact
	 * @generated
	 */
	EClass getFact();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Fact#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see dev.faultline.model.Fact#getDescription()
	 * @see #getFact()
	 * @generated
	 */
	EAttribute getFact_Description();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Fact#isReconstructed <em>Reconstructed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reconstructed</em>'.
	 * @see dev.faultline.model.Fact#isReconstructed()
	 * @see #getFact()
	 * @generated
	 */
	EAttribute getFact_Reconstructed();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.faultline.model.Fact#getCitations <em>Citations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Citations</em>'.
	 * @see dev.faultline.model.Fact#getCitations()
	 * @see #getFact()
	 * @generated
	 */
	EReference getFact_Citations();

	/**
	 * Returns the meta object for class '{@link dev.faultline.model.CausalNode <em>Causal Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Causal Node</em>'.
	 * @see dev.faultline.model.CausalNode
	 * @generated
	 */
	EClass getCausalNode();

	/**
	 * Returns the meta object for class '{@link dev.faultline.model.Incident <em>Incident</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Incident</em>'.
	 * @see dev.faultline.model.Incident
	 * @generated
	 */
	EClass getIncident();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Incident#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see dev.faultline.model.Incident#getTitle()
	 * @see #getIncident()
	 * @generated
	 */
	EAttribute getIncident_Title();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Incident#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see dev.faultline.model.Incident#getStart()
	 * @see #getIncident()
	 * @generated
	 */
	EAttribute getIncident_Start();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Incident#getDetected <em>Detected</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Detected</em>'.
	 * @see dev.faultline.model.Incident#getDetected()
	 * @see #getIncident()
	 * @generated
	 */
	EAttribute getIncident_Detected();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Incident#getMitigated <em>Mitigated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mitigated</em>'.
	 * @see dev.faultline.model.Incident#getMitigated()
	 * @see #getIncident()
	 * @generated
	 */
	EAttribute getIncident_Mitigated();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Incident#getResolved <em>Resolved</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolved</em>'.
	 * @see dev.faultline.model.Incident#getResolved()
	 * @see #getIncident()
	 * @generated
	 */
	EAttribute getIncident_Resolved();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Incident#getImpactStatement <em>Impact Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Impact Statement</em>'.
	 * @see dev.faultline.model.Incident#getImpactStatement()
	 * @see #getIncident()
	 * @generated
	 */
	EAttribute getIncident_ImpactStatement();

	/**
	 * Returns the meta object for class '{@link dev.faultline.model.Host <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Host</em>'.
	 * @see dev.faultline.model.Host
	 * @generated
	 */
	EClass getHost();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Host#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see dev.faultline.model.Host#getName()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_Name();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Host#getDomain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain</em>'.
	 * @see dev.faultline.model.Host#getDomain()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_Domain();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Host#getOsName <em>Os Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Os Name</em>'.
	 * @see dev.faultline.model.Host#getOsName()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_OsName();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Host#getOsVersion <em>Os Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Os Version</em>'.
	 * @see dev.faultline.model.Host#getOsVersion()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_OsVersion();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Host#getOsBuild <em>Os Build</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Os Build</em>'.
	 * @see dev.faultline.model.Host#getOsBuild()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_OsBuild();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Host#getSite <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Site</em>'.
	 * @see dev.faultline.model.Host#getSite()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_Site();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Host#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see dev.faultline.model.Host#getRole()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_Role();

	/**
	 * Returns the meta object for the attribute list '{@link dev.faultline.model.Host#getAgentVersions <em>Agent Versions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Agent Versions</em>'.
	 * @see dev.faultline.model.Host#getAgentVersions()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_AgentVersions();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.faultline.model.Host#getStateChanges <em>State Changes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>State Changes</em>'.
	 * @see dev.faultline.model.Host#getStateChanges()
	 * @see #getHost()
	 * @generated
	 */
	EReference getHost_StateChanges();

	/**
	 * Returns the meta object for the reference list '{@link dev.faultline.model.Host#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Groups</em>'.
	 * @see dev.faultline.model.Host#getGroups()
	 * @see #getHost()
	 * @generated
	 */
	EReference getHost_Groups();

	/**
	 * Returns the meta object for class '{@link dev.faultline.model.HostStateChange <em>Host State Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Host State Change</em>'.
	 * @see dev.faultline.model.HostStateChange
	 * @generated
	 */
	EClass getHostStateChange();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.HostStateChange#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see dev.faultline.model.HostStateChange#getAt()
	 * @see #getHostStateChange()
	 * @generated
	 */
	EAttribute getHostStateChange_At();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.HostStateChange#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see dev.faultline.model.HostStateChange#getState()
	 * @see #getHostStateChange()
	 * @generated
	 */
	EAttribute getHostStateChange_State();

	/**
	 * Returns the meta object for class '{@link dev.faultline.model.HostGroup <em>Host Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Host Group</em>'.
	 * @see dev.faultline.model.HostGroup
	 * @generated
	 */
	EClass getHostGroup();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.HostGroup#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see dev.faultline.model.HostGroup#getName()
	 * @see #getHostGroup()
	 * @generated
	 */
	EAttribute getHostGroup_Name();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.HostGroup#getCriteria <em>Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Criteria</em>'.
	 * @see dev.faultline.model.HostGroup#getCriteria()
	 * @see #getHostGroup()
	 * @generated
	 */
	EAttribute getHostGroup_Criteria();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.HostGroup#getHostCount <em>Host Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host Count</em>'.
	 * @see dev.faultline.model.HostGroup#getHostCount()
	 * @see #getHostGroup()
	 * @generated
	 */
	EAttribute getHostGroup_HostCount();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.HostGroup#getAffectedCount <em>Affected Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Affected Count</em>'.
	 * @see dev.faultline.model.HostGroup#getAffectedCount()
	 * @see #getHostGroup()
	 * @generated
	 */
	EAttribute getHostGroup_AffectedCount();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.HostGroup#getRecoveredCount <em>Recovered Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recovered Count</em>'.
	 * @see dev.faultline.model.HostGroup#getRecoveredCount()
	 * @see #getHostGroup()
	 * @generated
	 */
	EAttribute getHostGroup_RecoveredCount();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.HostGroup#getCountsAsOf <em>Counts As Of</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Counts As Of</em>'.
	 * @see dev.faultline.model.HostGroup#getCountsAsOf()
	 * @see #getHostGroup()
	 * @generated
	 */
	EAttribute getHostGroup_CountsAsOf();

	/**
	 * Returns the meta object for the reference list '{@link dev.faultline.model.HostGroup#getRepresentatives <em>Representatives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Representatives</em>'.
	 * @see dev.faultline.model.HostGroup#getRepresentatives()
	 * @see #getHostGroup()
	 * @generated
	 */
	EReference getHostGroup_Representatives();

	/**
	 * Returns the meta object for class '{@link dev.faultline.model.Driver <em>Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Driver</em>'.
	 * @see dev.faultline.model.Driver
	 * @generated
	 */
	EClass getDriver();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Driver#getFileName <em>File Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Name</em>'.
	 * @see dev.faultline.model.Driver#getFileName()
	 * @see #getDriver()
	 * @generated
	 */
	EAttribute getDriver_FileName();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Driver#getServiceName <em>Service Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Service Name</em>'.
	 * @see dev.faultline.model.Driver#getServiceName()
	 * @see #getDriver()
	 * @generated
	 */
	EAttribute getDriver_ServiceName();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Driver#getDisplayName <em>Display Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Display Name</em>'.
	 * @see dev.faultline.model.Driver#getDisplayName()
	 * @see #getDriver()
	 * @generated
	 */
	EAttribute getDriver_DisplayName();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Driver#getVendor <em>Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vendor</em>'.
	 * @see dev.faultline.model.Driver#getVendor()
	 * @see #getDriver()
	 * @generated
	 */
	EAttribute getDriver_Vendor();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Driver#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see dev.faultline.model.Driver#getVersion()
	 * @see #getDriver()
	 * @generated
	 */
	EAttribute getDriver_Version();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Driver#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see dev.faultline.model.Driver#getType()
	 * @see #getDriver()
	 * @generated
	 */
	EAttribute getDriver_Type();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Driver#getStartMode <em>Start Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Mode</em>'.
	 * @see dev.faultline.model.Driver#getStartMode()
	 * @see #getDriver()
	 * @generated
	 */
	EAttribute getDriver_StartMode();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Driver#isSigned <em>Signed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signed</em>'.
	 * @see dev.faultline.model.Driver#isSigned()
	 * @see #getDriver()
	 * @generated
	 */
	EAttribute getDriver_Signed();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Driver#getSigner <em>Signer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signer</em>'.
	 * @see dev.faultline.model.Driver#getSigner()
	 * @see #getDriver()
	 * @generated
	 */
	EAttribute getDriver_Signer();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Driver#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see dev.faultline.model.Driver#getPath()
	 * @see #getDriver()
	 * @generated
	 */
	EAttribute getDriver_Path();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Driver#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see dev.faultline.model.Driver#getSha256()
	 * @see #getDriver()
	 * @generated
	 */
	EAttribute getDriver_Sha256();

	/**
	 * Returns the meta object for the reference list '{@link dev.faultline.model.Driver#getLoadedOn <em>Loaded On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Loaded On</em>'.
	 * @see dev.faultline.model.Driver#getLoadedOn()
	 * @see #getDriver()
	 * @generated
	 */
	EReference getDriver_LoadedOn();

	/**
	 * Returns the meta object for class '{@link dev.faultline.model.Update <em>Update</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Update</em>'.
	 * @see dev.faultline.model.Update
	 * @generated
	 */
	EClass getUpdate();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Update#getVendor <em>Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vendor</em>'.
	 * @see dev.faultline.model.Update#getVendor()
	 * @see #getUpdate()
	 * @generated
	 */
	EAttribute getUpdate_Vendor();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Update#getProduct <em>Product</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Product</em>'.
	 * @see dev.faultline.model.Update#getProduct()
	 * @see #getUpdate()
	 * @generated
	 */
	EAttribute getUpdate_Product();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Update#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see dev.faultline.model.Update#getKind()
	 * @see #getUpdate()
	 * @generated
	 */
	EAttribute getUpdate_Kind();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Update#getIdentifier <em>Identifier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Identifier</em>'.
	 * @see dev.faultline.model.Update#getIdentifier()
	 * @see #getUpdate()
	 * @generated
	 */
	EAttribute getUpdate_Identifier();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Update#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see dev.faultline.model.Update#getVersion()
	 * @see #getUpdate()
	 * @generated
	 */
	EAttribute getUpdate_Version();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Update#getReleasedAt <em>Released At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Released At</em>'.
	 * @see dev.faultline.model.Update#getReleasedAt()
	 * @see #getUpdate()
	 * @generated
	 */
	EAttribute getUpdate_ReleasedAt();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Update#getRevertedAt <em>Reverted At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reverted At</em>'.
	 * @see dev.faultline.model.Update#getRevertedAt()
	 * @see #getUpdate()
	 * @generated
	 */
	EAttribute getUpdate_RevertedAt();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Update#getRolloutScope <em>Rollout Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rollout Scope</em>'.
	 * @see dev.faultline.model.Update#getRolloutScope()
	 * @see #getUpdate()
	 * @generated
	 */
	EAttribute getUpdate_RolloutScope();

	/**
	 * Returns the meta object for the reference list '{@link dev.faultline.model.Update#getConsumedBy <em>Consumed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Consumed By</em>'.
	 * @see dev.faultline.model.Update#getConsumedBy()
	 * @see #getUpdate()
	 * @generated
	 */
	EReference getUpdate_ConsumedBy();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.faultline.model.Update#getFiles <em>Files</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Files</em>'.
	 * @see dev.faultline.model.Update#getFiles()
	 * @see #getUpdate()
	 * @generated
	 */
	EReference getUpdate_Files();

	/**
	 * Returns the meta object for class '{@link dev.faultline.model.UpdateFile <em>Update File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Update File</em>'.
	 * @see dev.faultline.model.UpdateFile
	 * @generated
	 */
	EClass getUpdateFile();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.UpdateFile#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see dev.faultline.model.UpdateFile#getPath()
	 * @see #getUpdateFile()
	 * @generated
	 */
	EAttribute getUpdateFile_Path();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.UpdateFile#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see dev.faultline.model.UpdateFile#getSha256()
	 * @see #getUpdateFile()
	 * @generated
	 */
	EAttribute getUpdateFile_Sha256();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.UpdateFile#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see dev.faultline.model.UpdateFile#getSize()
	 * @see #getUpdateFile()
	 * @generated
	 */
	EAttribute getUpdateFile_Size();

	/**
	 * Returns the meta object for class '{@link dev.faultline.model.CrashAnalysis <em>Crash Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Crash Analysis</em>'.
	 * @see dev.faultline.model.CrashAnalysis
	 * @generated
	 */
	EClass getCrashAnalysis();

	/**
	 * Returns the meta object for the reference '{@link dev.faultline.model.CrashAnalysis#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Host</em>'.
	 * @see dev.faultline.model.CrashAnalysis#getHost()
	 * @see #getCrashAnalysis()
	 * @generated
	 */
	EReference getCrashAnalysis_Host();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.CrashAnalysis#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see dev.faultline.model.CrashAnalysis#getTime()
	 * @see #getCrashAnalysis()
	 * @generated
	 */
	EAttribute getCrashAnalysis_Time();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.CrashAnalysis#getBugcheckCode <em>Bugcheck Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bugcheck Code</em>'.
	 * @see dev.faultline.model.CrashAnalysis#getBugcheckCode()
	 * @see #getCrashAnalysis()
	 * @generated
	 */
	EAttribute getCrashAnalysis_BugcheckCode();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.CrashAnalysis#getBugcheckName <em>Bugcheck Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bugcheck Name</em>'.
	 * @see dev.faultline.model.CrashAnalysis#getBugcheckName()
	 * @see #getCrashAnalysis()
	 * @generated
	 */
	EAttribute getCrashAnalysis_BugcheckName();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.CrashAnalysis#getParameter1 <em>Parameter1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parameter1</em>'.
	 * @see dev.faultline.model.CrashAnalysis#getParameter1()
	 * @see #getCrashAnalysis()
	 * @generated
	 */
	EAttribute getCrashAnalysis_Parameter1();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.CrashAnalysis#getParameter2 <em>Parameter2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parameter2</em>'.
	 * @see dev.faultline.model.CrashAnalysis#getParameter2()
	 * @see #getCrashAnalysis()
	 * @generated
	 */
	EAttribute getCrashAnalysis_Parameter2();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.CrashAnalysis#getParameter3 <em>Parameter3</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parameter3</em>'.
	 * @see dev.faultline.model.CrashAnalysis#getParameter3()
	 * @see #getCrashAnalysis()
	 * @generated
	 */
	EAttribute getCrashAnalysis_Parameter3();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.CrashAnalysis#getParameter4 <em>Parameter4</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parameter4</em>'.
	 * @see dev.faultline.model.CrashAnalysis#getParameter4()
	 * @see #getCrashAnalysis()
	 * @generated
	 */
	EAttribute getCrashAnalysis_Parameter4();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.CrashAnalysis#getFaultingModule <em>Faulting Module</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Faulting Module</em>'.
	 * @see dev.faultline.model.CrashAnalysis#getFaultingModule()
	 * @see #getCrashAnalysis()
	 * @generated
	 */
	EAttribute getCrashAnalysis_FaultingModule();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.CrashAnalysis#getImageName <em>Image Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Image Name</em>'.
	 * @see dev.faultline.model.CrashAnalysis#getImageName()
	 * @see #getCrashAnalysis()
	 * @generated
	 */
	EAttribute getCrashAnalysis_ImageName();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.CrashAnalysis#getProcessName <em>Process Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Process Name</em>'.
	 * @see dev.faultline.model.CrashAnalysis#getProcessName()
	 * @see #getCrashAnalysis()
	 * @generated
	 */
	EAttribute getCrashAnalysis_ProcessName();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.CrashAnalysis#getFailureBucket <em>Failure Bucket</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Failure Bucket</em>'.
	 * @see dev.faultline.model.CrashAnalysis#getFailureBucket()
	 * @see #getCrashAnalysis()
	 * @generated
	 */
	EAttribute getCrashAnalysis_FailureBucket();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.CrashAnalysis#getSymbolName <em>Symbol Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Symbol Name</em>'.
	 * @see dev.faultline.model.CrashAnalysis#getSymbolName()
	 * @see #getCrashAnalysis()
	 * @generated
	 */
	EAttribute getCrashAnalysis_SymbolName();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.CrashAnalysis#getOsBuild <em>Os Build</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Os Build</em>'.
	 * @see dev.faultline.model.CrashAnalysis#getOsBuild()
	 * @see #getCrashAnalysis()
	 * @generated
	 */
	EAttribute getCrashAnalysis_OsBuild();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.faultline.model.CrashAnalysis#getFrames <em>Frames</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Frames</em>'.
	 * @see dev.faultline.model.CrashAnalysis#getFrames()
	 * @see #getCrashAnalysis()
	 * @generated
	 */
	EReference getCrashAnalysis_Frames();

	/**
	 * Returns the meta object for the reference '{@link dev.faultline.model.CrashAnalysis#getCluster <em>Cluster</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Cluster</em>'.
	 * @see dev.faultline.model.CrashAnalysis#getCluster()
	 * @see #getCrashAnalysis()
	 * @generated
	 */
	EReference getCrashAnalysis_Cluster();

	/**
	 * Returns the meta object for class '{@link dev.faultline.model.StackFrame <em>Stack Frame</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stack Frame</em>'.
	 * @see dev.faultline.model.StackFrame
	 * @generated
	 */
	EClass getStackFrame();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.StackFrame#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see dev.faultline.model.StackFrame#getIndex()
	 * @see #getStackFrame()
	 * @generated
	 */
	EAttribute getStackFrame_Index();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.StackFrame#getModule <em>Module</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Module</em>'.
	 * @see dev.faultline.model.StackFrame#getModule()
	 * @see #getStackFrame()
	 * @generated
	 */
	EAttribute getStackFrame_Module();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.StackFrame#getSymbol <em>Symbol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Symbol</em>'.
	 * @see dev.faultline.model.StackFrame#getSymbol()
	 * @see #getStackFrame()
	 * @generated
	 */
	EAttribute getStackFrame_Symbol();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.StackFrame#getOffset <em>Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offset</em>'.
	 * @see dev.faultline.model.StackFrame#getOffset()
	 * @see #getStackFrame()
	 * @generated
	 */
	EAttribute getStackFrame_Offset();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.StackFrame#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see dev.faultline.model.StackFrame#getText()
	 * @see #getStackFrame()
	 * @generated
	 */
	EAttribute getStackFrame_Text();

	/**
	 * Returns the meta object for class '{@link dev.faultline.model.CrashCluster <em>Crash Cluster</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Crash Cluster</em>'.
	 * @see dev.faultline.model.CrashCluster
	 * @generated
	 */
	EClass getCrashCluster();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.CrashCluster#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see dev.faultline.model.CrashCluster#getName()
	 * @see #getCrashCluster()
	 * @generated
	 */
	EAttribute getCrashCluster_Name();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.CrashCluster#getSignature <em>Signature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signature</em>'.
	 * @see dev.faultline.model.CrashCluster#getSignature()
	 * @see #getCrashCluster()
	 * @generated
	 */
	EAttribute getCrashCluster_Signature();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.CrashCluster#getFirstSeen <em>First Seen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Seen</em>'.
	 * @see dev.faultline.model.CrashCluster#getFirstSeen()
	 * @see #getCrashCluster()
	 * @generated
	 */
	EAttribute getCrashCluster_FirstSeen();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.CrashCluster#getLastSeen <em>Last Seen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Seen</em>'.
	 * @see dev.faultline.model.CrashCluster#getLastSeen()
	 * @see #getCrashCluster()
	 * @generated
	 */
	EAttribute getCrashCluster_LastSeen();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.CrashCluster#getCrashCount <em>Crash Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Crash Count</em>'.
	 * @see dev.faultline.model.CrashCluster#getCrashCount()
	 * @see #getCrashCluster()
	 * @generated
	 */
	EAttribute getCrashCluster_CrashCount();

	/**
	 * Returns the meta object for the reference list '{@link dev.faultline.model.CrashCluster#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Members</em>'.
	 * @see dev.faultline.model.CrashCluster#getMembers()
	 * @see #getCrashCluster()
	 * @generated
	 */
	EReference getCrashCluster_Members();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.CrashCluster#getClusterKey <em>Cluster Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cluster Key</em>'.
	 * @see dev.faultline.model.CrashCluster#getClusterKey()
	 * @see #getCrashCluster()
	 * @generated
	 */
	EAttribute getCrashCluster_ClusterKey();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.CrashCluster#getBugcheckCode <em>Bugcheck Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bugcheck Code</em>'.
	 * @see dev.faultline.model.CrashCluster#getBugcheckCode()
	 * @see #getCrashCluster()
	 * @generated
	 */
	EAttribute getCrashCluster_BugcheckCode();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.CrashCluster#getFaultingModule <em>Faulting Module</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Faulting Module</em>'.
	 * @see dev.faultline.model.CrashCluster#getFaultingModule()
	 * @see #getCrashCluster()
	 * @generated
	 */
	EAttribute getCrashCluster_FaultingModule();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.CrashCluster#getFailureBucket <em>Failure Bucket</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Failure Bucket</em>'.
	 * @see dev.faultline.model.CrashCluster#getFailureBucket()
	 * @see #getCrashCluster()
	 * @generated
	 */
	EAttribute getCrashCluster_FailureBucket();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.CrashCluster#getHostCount <em>Host Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host Count</em>'.
	 * @see dev.faultline.model.CrashCluster#getHostCount()
	 * @see #getCrashCluster()
	 * @generated
	 */
	EAttribute getCrashCluster_HostCount();

	/**
	 * Returns the meta object for class '{@link dev.faultline.model.Outage <em>Outage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Outage</em>'.
	 * @see dev.faultline.model.Outage
	 * @generated
	 */
	EClass getOutage();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Outage#getService <em>Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Service</em>'.
	 * @see dev.faultline.model.Outage#getService()
	 * @see #getOutage()
	 * @generated
	 */
	EAttribute getOutage_Service();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Outage#getSector <em>Sector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sector</em>'.
	 * @see dev.faultline.model.Outage#getSector()
	 * @see #getOutage()
	 * @generated
	 */
	EAttribute getOutage_Sector();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Outage#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see dev.faultline.model.Outage#getStart()
	 * @see #getOutage()
	 * @generated
	 */
	EAttribute getOutage_Start();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Outage#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see dev.faultline.model.Outage#getEnd()
	 * @see #getOutage()
	 * @generated
	 */
	EAttribute getOutage_End();

	/**
	 * Returns the meta object for the reference list '{@link dev.faultline.model.Outage#getAffectedHosts <em>Affected Hosts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Affected Hosts</em>'.
	 * @see dev.faultline.model.Outage#getAffectedHosts()
	 * @see #getOutage()
	 * @generated
	 */
	EReference getOutage_AffectedHosts();

	/**
	 * Returns the meta object for the reference list '{@link dev.faultline.model.Outage#getAffectedGroups <em>Affected Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Affected Groups</em>'.
	 * @see dev.faultline.model.Outage#getAffectedGroups()
	 * @see #getOutage()
	 * @generated
	 */
	EReference getOutage_AffectedGroups();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Outage#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see dev.faultline.model.Outage#getSeverity()
	 * @see #getOutage()
	 * @generated
	 */
	EAttribute getOutage_Severity();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Outage#getCustomerImpact <em>Customer Impact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Customer Impact</em>'.
	 * @see dev.faultline.model.Outage#getCustomerImpact()
	 * @see #getOutage()
	 * @generated
	 */
	EAttribute getOutage_CustomerImpact();

	/**
	 * Returns the meta object for class '{@link dev.faultline.model.TimelineEvent <em>Timeline Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Timeline Event</em>'.
	 * @see dev.faultline.model.TimelineEvent
	 * @generated
	 */
	EClass getTimelineEvent();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.TimelineEvent#getInstant <em>Instant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instant</em>'.
	 * @see dev.faultline.model.TimelineEvent#getInstant()
	 * @see #getTimelineEvent()
	 * @generated
	 */
	EAttribute getTimelineEvent_Instant();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.TimelineEvent#getOriginalTimestamp <em>Original Timestamp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Original Timestamp</em>'.
	 * @see dev.faultline.model.TimelineEvent#getOriginalTimestamp()
	 * @see #getTimelineEvent()
	 * @generated
	 */
	EAttribute getTimelineEvent_OriginalTimestamp();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.TimelineEvent#getOriginalZone <em>Original Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Original Zone</em>'.
	 * @see dev.faultline.model.TimelineEvent#getOriginalZone()
	 * @see #getTimelineEvent()
	 * @generated
	 */
	EAttribute getTimelineEvent_OriginalZone();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.TimelineEvent#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see dev.faultline.model.TimelineEvent#getSource()
	 * @see #getTimelineEvent()
	 * @generated
	 */
	EAttribute getTimelineEvent_Source();

	/**
	 * Returns the meta object for the reference '{@link dev.faultline.model.TimelineEvent#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Host</em>'.
	 * @see dev.faultline.model.TimelineEvent#getHost()
	 * @see #getTimelineEvent()
	 * @generated
	 */
	EReference getTimelineEvent_Host();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.TimelineEvent#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see dev.faultline.model.TimelineEvent#getKind()
	 * @see #getTimelineEvent()
	 * @generated
	 */
	EAttribute getTimelineEvent_Kind();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.TimelineEvent#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see dev.faultline.model.TimelineEvent#getMessage()
	 * @see #getTimelineEvent()
	 * @generated
	 */
	EAttribute getTimelineEvent_Message();

	/**
	 * Returns the meta object for the attribute list '{@link dev.faultline.model.TimelineEvent#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see dev.faultline.model.TimelineEvent#getTags()
	 * @see #getTimelineEvent()
	 * @generated
	 */
	EAttribute getTimelineEvent_Tags();

	/**
	 * Returns the meta object for the attribute list '{@link dev.faultline.model.TimelineEvent#getComments <em>Comments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Comments</em>'.
	 * @see dev.faultline.model.TimelineEvent#getComments()
	 * @see #getTimelineEvent()
	 * @generated
	 */
	EAttribute getTimelineEvent_Comments();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.TimelineEvent#isStarred <em>Starred</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Starred</em>'.
	 * @see dev.faultline.model.TimelineEvent#isStarred()
	 * @see #getTimelineEvent()
	 * @generated
	 */
	EAttribute getTimelineEvent_Starred();

	/**
	 * Returns the meta object for class '{@link dev.faultline.model.Evidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evidence</em>'.
	 * @see dev.faultline.model.Evidence
	 * @generated
	 */
	EClass getEvidence();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Evidence#getOriginalName <em>Original Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Original Name</em>'.
	 * @see dev.faultline.model.Evidence#getOriginalName()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_OriginalName();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Evidence#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see dev.faultline.model.Evidence#getPath()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Path();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Evidence#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see dev.faultline.model.Evidence#getSha256()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Sha256();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Evidence#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see dev.faultline.model.Evidence#getSize()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Size();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Evidence#getMediaType <em>Media Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Media Type</em>'.
	 * @see dev.faultline.model.Evidence#getMediaType()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_MediaType();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Evidence#getImporter <em>Importer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Importer</em>'.
	 * @see dev.faultline.model.Evidence#getImporter()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Importer();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Evidence#getImportedAt <em>Imported At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Imported At</em>'.
	 * @see dev.faultline.model.Evidence#getImportedAt()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_ImportedAt();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Evidence#getImportedBy <em>Imported By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Imported By</em>'.
	 * @see dev.faultline.model.Evidence#getImportedBy()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_ImportedBy();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Evidence#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see dev.faultline.model.Evidence#getDescription()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Description();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Evidence#getReadZone <em>Read Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Read Zone</em>'.
	 * @see dev.faultline.model.Evidence#getReadZone()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_ReadZone();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Evidence#getReadYear <em>Read Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Read Year</em>'.
	 * @see dev.faultline.model.Evidence#getReadYear()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_ReadYear();

	/**
	 * Returns the meta object for class '{@link dev.faultline.model.RecordAnnotation <em>Record Annotation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Record Annotation</em>'.
	 * @see dev.faultline.model.RecordAnnotation
	 * @generated
	 */
	EClass getRecordAnnotation();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.RecordAnnotation#getRecordId <em>Record Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Record Id</em>'.
	 * @see dev.faultline.model.RecordAnnotation#getRecordId()
	 * @see #getRecordAnnotation()
	 * @generated
	 */
	EAttribute getRecordAnnotation_RecordId();

	/**
	 * Returns the meta object for the containment reference '{@link dev.faultline.model.RecordAnnotation#getRecord <em>Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Record</em>'.
	 * @see dev.faultline.model.RecordAnnotation#getRecord()
	 * @see #getRecordAnnotation()
	 * @generated
	 */
	EReference getRecordAnnotation_Record();

	/**
	 * Returns the meta object for the attribute list '{@link dev.faultline.model.RecordAnnotation#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see dev.faultline.model.RecordAnnotation#getTags()
	 * @see #getRecordAnnotation()
	 * @generated
	 */
	EAttribute getRecordAnnotation_Tags();

	/**
	 * Returns the meta object for the attribute list '{@link dev.faultline.model.RecordAnnotation#getComments <em>Comments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Comments</em>'.
	 * @see dev.faultline.model.RecordAnnotation#getComments()
	 * @see #getRecordAnnotation()
	 * @generated
	 */
	EAttribute getRecordAnnotation_Comments();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.RecordAnnotation#isStarred <em>Starred</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Starred</em>'.
	 * @see dev.faultline.model.RecordAnnotation#isStarred()
	 * @see #getRecordAnnotation()
	 * @generated
	 */
	EAttribute getRecordAnnotation_Starred();

	/**
	 * Returns the meta object for class '{@link dev.faultline.model.EvidenceRef <em>Evidence Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evidence Ref</em>'.
	 * @see dev.faultline.model.EvidenceRef
	 * @generated
	 */
	EClass getEvidenceRef();

	/**
	 * Returns the meta object for the reference '{@link dev.faultline.model.EvidenceRef#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Evidence</em>'.
	 * @see dev.faultline.model.EvidenceRef#getEvidence()
	 * @see #getEvidenceRef()
	 * @generated
	 */
	EReference getEvidenceRef_Evidence();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.EvidenceRef#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line</em>'.
	 * @see dev.faultline.model.EvidenceRef#getLine()
	 * @see #getEvidenceRef()
	 * @generated
	 */
	EAttribute getEvidenceRef_Line();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.EvidenceRef#getByteOffset <em>Byte Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Byte Offset</em>'.
	 * @see dev.faultline.model.EvidenceRef#getByteOffset()
	 * @see #getEvidenceRef()
	 * @generated
	 */
	EAttribute getEvidenceRef_ByteOffset();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.EvidenceRef#getRecordId <em>Record Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Record Id</em>'.
	 * @see dev.faultline.model.EvidenceRef#getRecordId()
	 * @see #getEvidenceRef()
	 * @generated
	 */
	EAttribute getEvidenceRef_RecordId();

	/**
	 * Returns the meta object for class '{@link dev.faultline.model.CausalLink <em>Causal Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Causal Link</em>'.
	 * @see dev.faultline.model.CausalLink
	 * @generated
	 */
	EClass getCausalLink();

	/**
	 * Returns the meta object for the reference '{@link dev.faultline.model.CausalLink#getCause <em>Cause</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Cause</em>'.
	 * @see dev.faultline.model.CausalLink#getCause()
	 * @see #getCausalLink()
	 * @generated
	 */
	EReference getCausalLink_Cause();

	/**
	 * Returns the meta object for the reference '{@link dev.faultline.model.CausalLink#getEffect <em>Effect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Effect</em>'.
	 * @see dev.faultline.model.CausalLink#getEffect()
	 * @see #getCausalLink()
	 * @generated
	 */
	EReference getCausalLink_Effect();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.CausalLink#getRelation <em>Relation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Relation</em>'.
	 * @see dev.faultline.model.CausalLink#getRelation()
	 * @see #getCausalLink()
	 * @generated
	 */
	EAttribute getCausalLink_Relation();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.CausalLink#getConfidence <em>Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confidence</em>'.
	 * @see dev.faultline.model.CausalLink#getConfidence()
	 * @see #getCausalLink()
	 * @generated
	 */
	EAttribute getCausalLink_Confidence();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.CausalLink#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see dev.faultline.model.CausalLink#getRationale()
	 * @see #getCausalLink()
	 * @generated
	 */
	EAttribute getCausalLink_Rationale();

	/**
	 * Returns the meta object for class '{@link dev.faultline.model.Remediation <em>Remediation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Remediation</em>'.
	 * @see dev.faultline.model.Remediation
	 * @generated
	 */
	EClass getRemediation();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Remediation#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see dev.faultline.model.Remediation#getAction()
	 * @see #getRemediation()
	 * @generated
	 */
	EAttribute getRemediation_Action();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Remediation#getPerformedAt <em>Performed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Performed At</em>'.
	 * @see dev.faultline.model.Remediation#getPerformedAt()
	 * @see #getRemediation()
	 * @generated
	 */
	EAttribute getRemediation_PerformedAt();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Remediation#getPerformedBy <em>Performed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Performed By</em>'.
	 * @see dev.faultline.model.Remediation#getPerformedBy()
	 * @see #getRemediation()
	 * @generated
	 */
	EAttribute getRemediation_PerformedBy();

	/**
	 * Returns the meta object for the reference list '{@link dev.faultline.model.Remediation#getHosts <em>Hosts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Hosts</em>'.
	 * @see dev.faultline.model.Remediation#getHosts()
	 * @see #getRemediation()
	 * @generated
	 */
	EReference getRemediation_Hosts();

	/**
	 * Returns the meta object for the reference list '{@link dev.faultline.model.Remediation#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Groups</em>'.
	 * @see dev.faultline.model.Remediation#getGroups()
	 * @see #getRemediation()
	 * @generated
	 */
	EReference getRemediation_Groups();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.Remediation#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see dev.faultline.model.Remediation#getOutcome()
	 * @see #getRemediation()
	 * @generated
	 */
	EAttribute getRemediation_Outcome();

	/**
	 * Returns the meta object for class '{@link dev.faultline.model.RejectedProposal <em>Rejected Proposal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rejected Proposal</em>'.
	 * @see dev.faultline.model.RejectedProposal
	 * @generated
	 */
	EClass getRejectedProposal();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.RejectedProposal#getProposalId <em>Proposal Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Proposal Id</em>'.
	 * @see dev.faultline.model.RejectedProposal#getProposalId()
	 * @see #getRejectedProposal()
	 * @generated
	 */
	EAttribute getRejectedProposal_ProposalId();

	/**
	 * Returns the meta object for the reference '{@link dev.faultline.model.RejectedProposal#getCause <em>Cause</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Cause</em>'.
	 * @see dev.faultline.model.RejectedProposal#getCause()
	 * @see #getRejectedProposal()
	 * @generated
	 */
	EReference getRejectedProposal_Cause();

	/**
	 * Returns the meta object for the reference '{@link dev.faultline.model.RejectedProposal#getEffect <em>Effect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Effect</em>'.
	 * @see dev.faultline.model.RejectedProposal#getEffect()
	 * @see #getRejectedProposal()
	 * @generated
	 */
	EReference getRejectedProposal_Effect();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.RejectedProposal#getRelation <em>Relation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Relation</em>'.
	 * @see dev.faultline.model.RejectedProposal#getRelation()
	 * @see #getRejectedProposal()
	 * @generated
	 */
	EAttribute getRejectedProposal_Relation();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.RejectedProposal#getProposedConfidence <em>Proposed Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Proposed Confidence</em>'.
	 * @see dev.faultline.model.RejectedProposal#getProposedConfidence()
	 * @see #getRejectedProposal()
	 * @generated
	 */
	EAttribute getRejectedProposal_ProposedConfidence();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.RejectedProposal#getProposedRationale <em>Proposed Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Proposed Rationale</em>'.
	 * @see dev.faultline.model.RejectedProposal#getProposedRationale()
	 * @see #getRejectedProposal()
	 * @generated
	 */
	EAttribute getRejectedProposal_ProposedRationale();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.RejectedProposal#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see dev.faultline.model.RejectedProposal#getReason()
	 * @see #getRejectedProposal()
	 * @generated
	 */
	EAttribute getRejectedProposal_Reason();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.RejectedProposal#getRejectedAt <em>Rejected At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rejected At</em>'.
	 * @see dev.faultline.model.RejectedProposal#getRejectedAt()
	 * @see #getRejectedProposal()
	 * @generated
	 */
	EAttribute getRejectedProposal_RejectedAt();

	/**
	 * Returns the meta object for the attribute '{@link dev.faultline.model.RejectedProposal#getRejectedBy <em>Rejected By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rejected By</em>'.
	 * @see dev.faultline.model.RejectedProposal#getRejectedBy()
	 * @see #getRejectedProposal()
	 * @generated
	 */
	EAttribute getRejectedProposal_RejectedBy();

	/**
	 * Returns the meta object for enum '{@link dev.faultline.model.InvestigationStatus <em>Investigation Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Investigation Status</em>'.
	 * @see dev.faultline.model.InvestigationStatus
	 * @generated
	 */
	EEnum getInvestigationStatus();

	/**
	 * Returns the meta object for enum '{@link dev.faultline.model.Severity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Severity</em>'.
	 * @see dev.faultline.model.Severity
	 * @generated
	 */
	EEnum getSeverity();

	/**
	 * Returns the meta object for enum '{@link dev.faultline.model.HostState <em>Host State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Host State</em>'.
	 * @see dev.faultline.model.HostState
	 * @generated
	 */
	EEnum getHostState();

	/**
	 * Returns the meta object for enum '{@link dev.faultline.model.DriverType <em>Driver Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Driver Type</em>'.
	 * @see dev.faultline.model.DriverType
	 * @generated
	 */
	EEnum getDriverType();

	/**
	 * Returns the meta object for enum '{@link dev.faultline.model.StartMode <em>Start Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Start Mode</em>'.
	 * @see dev.faultline.model.StartMode
	 * @generated
	 */
	EEnum getStartMode();

	/**
	 * Returns the meta object for enum '{@link dev.faultline.model.UpdateKind <em>Update Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Update Kind</em>'.
	 * @see dev.faultline.model.UpdateKind
	 * @generated
	 */
	EEnum getUpdateKind();

	/**
	 * Returns the meta object for enum '{@link dev.faultline.model.RelationKind <em>Relation Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Relation Kind</em>'.
	 * @see dev.faultline.model.RelationKind
	 * @generated
	 */
	EEnum getRelationKind();

	/**
	 * Returns the meta object for enum '{@link dev.faultline.model.Confidence <em>Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Confidence</em>'.
	 * @see dev.faultline.model.Confidence
	 * @generated
	 */
	EEnum getConfidence();

	/**
	 * Returns the meta object for data type '{@link java.time.Instant <em>Instant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A point in time, stored as ISO-8601 UTC (e.g. 2024-07-19T04:09:00Z).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Instant</em>'.
	 * @see java.time.Instant
	 * @model instanceClass="java.time.Instant"
	 * @generated
	 */
	EDataType getInstant();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	FaultlineFactory getFaultlineFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link dev.faultline.model.impl.InvestigationImpl <em>Investigation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.faultline.model.impl.InvestigationImpl
		 * @see dev.faultline.model.impl.FaultlinePackageImpl#getInvestigation()
		 * @generated
		 */
		EClass INVESTIGATION = eINSTANCE.getInvestigation();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVESTIGATION__TITLE = eINSTANCE.getInvestigation_Title();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVESTIGATION__SUMMARY = eINSTANCE.getInvestigation_Summary();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVESTIGATION__STATUS = eINSTANCE.getInvestigation_Status();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVESTIGATION__SEVERITY = eINSTANCE.getInvestigation_Severity();

		/**
		 * The meta object literal for the '<em><b>Display Time Zone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVESTIGATION__DISPLAY_TIME_ZONE = eINSTANCE.getInvestigation_DisplayTimeZone();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVESTIGATION__CREATED = eINSTANCE.getInvestigation_Created();

		/**
		 * The meta object literal for the '<em><b>Updated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVESTIGATION__UPDATED = eINSTANCE.getInvestigation_Updated();

		/**
		 * The meta object literal for the '<em><b>Analysts</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVESTIGATION__ANALYSTS = eINSTANCE.getInvestigation_Analysts();

		/**
		 * The meta object literal for the '<em><b>Incidents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVESTIGATION__INCIDENTS = eINSTANCE.getInvestigation_Incidents();

		/**
		 * The meta object literal for the '<em><b>Host Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVESTIGATION__HOST_GROUPS = eINSTANCE.getInvestigation_HostGroups();

		/**
		 * The meta object literal for the '<em><b>Hosts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVESTIGATION__HOSTS = eINSTANCE.getInvestigation_Hosts();

		/**
		 * The meta object literal for the '<em><b>Drivers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVESTIGATION__DRIVERS = eINSTANCE.getInvestigation_Drivers();

		/**
		 * The meta object literal for the '<em><b>Updates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVESTIGATION__UPDATES = eINSTANCE.getInvestigation_Updates();

		/**
		 * The meta object literal for the '<em><b>Crash Analyses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVESTIGATION__CRASH_ANALYSES = eINSTANCE.getInvestigation_CrashAnalyses();

		/**
		 * The meta object literal for the '<em><b>Crash Clusters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVESTIGATION__CRASH_CLUSTERS = eINSTANCE.getInvestigation_CrashClusters();

		/**
		 * The meta object literal for the '<em><b>Outages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVESTIGATION__OUTAGES = eINSTANCE.getInvestigation_Outages();

		/**
		 * The meta object literal for the '<em><b>Timeline Events</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVESTIGATION__TIMELINE_EVENTS = eINSTANCE.getInvestigation_TimelineEvents();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVESTIGATION__EVIDENCE = eINSTANCE.getInvestigation_Evidence();

		/**
		 * The meta object literal for the '<em><b>Causal Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVESTIGATION__CAUSAL_LINKS = eINSTANCE.getInvestigation_CausalLinks();

		/**
		 * The meta object literal for the '<em><b>Remediations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVESTIGATION__REMEDIATIONS = eINSTANCE.getInvestigation_Remediations();

		/**
		 * The meta object literal for the '<em><b>Annotations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVESTIGATION__ANNOTATIONS = eINSTANCE.getInvestigation_Annotations();

		/**
		 * The meta object literal for the '<em><b>Rejected Proposals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVESTIGATION__REJECTED_PROPOSALS = eINSTANCE.getInvestigation_RejectedProposals();

		/**
		 * The meta object literal for the '{@link dev.faultline.model.impl.FactImpl <em>Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.faultline.model.impl.FactImpl
		 * @see dev.faultline.model.impl.FaultlinePackageImpl#getFact()
		 * @generated
		 */
		EClass FACT = eINSTANCE.getFact();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACT__DESCRIPTION = eINSTANCE.getFact_Description();

		/**
		 * The meta object literal for the '<em><b>Reconstructed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACT__RECONSTRUCTED = eINSTANCE.getFact_Reconstructed();

		/**
		 * The meta object literal for the '<em><b>Citations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FACT__CITATIONS = eINSTANCE.getFact_Citations();

		/**
		 * The meta object literal for the '{@link dev.faultline.model.impl.CausalNodeImpl <em>Causal Node</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.faultline.model.impl.CausalNodeImpl
		 * @see dev.faultline.model.impl.FaultlinePackageImpl#getCausalNode()
		 * @generated
		 */
		EClass CAUSAL_NODE = eINSTANCE.getCausalNode();

		/**
		 * The meta object literal for the '{@link dev.faultline.model.impl.IncidentImpl <em>Incident</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.faultline.model.impl.IncidentImpl
		 * @see dev.faultline.model.impl.FaultlinePackageImpl#getIncident()
		 * @generated
		 */
		EClass INCIDENT = eINSTANCE.getIncident();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INCIDENT__TITLE = eINSTANCE.getIncident_Title();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INCIDENT__START = eINSTANCE.getIncident_Start();

		/**
		 * The meta object literal for the '<em><b>Detected</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INCIDENT__DETECTED = eINSTANCE.getIncident_Detected();

		/**
		 * The meta object literal for the '<em><b>Mitigated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INCIDENT__MITIGATED = eINSTANCE.getIncident_Mitigated();

		/**
		 * The meta object literal for the '<em><b>Resolved</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INCIDENT__RESOLVED = eINSTANCE.getIncident_Resolved();

		/**
		 * The meta object literal for the '<em><b>Impact Statement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INCIDENT__IMPACT_STATEMENT = eINSTANCE.getIncident_ImpactStatement();

		/**
		 * The meta object literal for the '{@link dev.faultline.model.impl.HostImpl <em>Host</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.faultline.model.impl.HostImpl
		 * @see dev.faultline.model.impl.FaultlinePackageImpl#getHost()
		 * @generated
		 */
		EClass HOST = eINSTANCE.getHost();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__NAME = eINSTANCE.getHost_Name();

		/**
		 * The meta object literal for the '<em><b>Domain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__DOMAIN = eINSTANCE.getHost_Domain();

		/**
		 * The meta object literal for the '<em><b>Os Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__OS_NAME = eINSTANCE.getHost_OsName();

		/**
		 * The meta object literal for the '<em><b>Os Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__OS_VERSION = eINSTANCE.getHost_OsVersion();

		/**
		 * The meta object literal for the '<em><b>Os Build</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__OS_BUILD = eINSTANCE.getHost_OsBuild();

		/**
		 * The meta object literal for the '<em><b>Site</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__SITE = eINSTANCE.getHost_Site();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__ROLE = eINSTANCE.getHost_Role();

		/**
		 * The meta object literal for the '<em><b>Agent Versions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__AGENT_VERSIONS = eINSTANCE.getHost_AgentVersions();

		/**
		 * The meta object literal for the '<em><b>State Changes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST__STATE_CHANGES = eINSTANCE.getHost_StateChanges();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST__GROUPS = eINSTANCE.getHost_Groups();

		/**
		 * The meta object literal for the '{@link dev.faultline.model.impl.HostStateChangeImpl <em>Host State Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.faultline.model.impl.HostStateChangeImpl
		 * @see dev.faultline.model.impl.FaultlinePackageImpl#getHostStateChange()
		 * @generated
		 */
		EClass HOST_STATE_CHANGE = eINSTANCE.getHostStateChange();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST_STATE_CHANGE__AT = eINSTANCE.getHostStateChange_At();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST_STATE_CHANGE__STATE = eINSTANCE.getHostStateChange_State();

		/**
		 * The meta object literal for the '{@link dev.faultline.model.impl.HostGroupImpl <em>Host Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.faultline.model.impl.HostGroupImpl
		 * @see dev.faultline.model.impl.FaultlinePackageImpl#getHostGroup()
		 * @generated
		 */
		EClass HOST_GROUP = eINSTANCE.getHostGroup();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST_GROUP__NAME = eINSTANCE.getHostGroup_Name();

		/**
		 * The meta object literal for the '<em><b>Criteria</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST_GROUP__CRITERIA = eINSTANCE.getHostGroup_Criteria();

		/**
		 * The meta object literal for the '<em><b>Host Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST_GROUP__HOST_COUNT = eINSTANCE.getHostGroup_HostCount();

		/**
		 * The meta object literal for the '<em><b>Affected Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST_GROUP__AFFECTED_COUNT = eINSTANCE.getHostGroup_AffectedCount();

		/**
		 * The meta object literal for the '<em><b>Recovered Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST_GROUP__RECOVERED_COUNT = eINSTANCE.getHostGroup_RecoveredCount();

		/**
		 * The meta object literal for the '<em><b>Counts As Of</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST_GROUP__COUNTS_AS_OF = eINSTANCE.getHostGroup_CountsAsOf();

		/**
		 * The meta object literal for the '<em><b>Representatives</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST_GROUP__REPRESENTATIVES = eINSTANCE.getHostGroup_Representatives();

		/**
		 * The meta object literal for the '{@link dev.faultline.model.impl.DriverImpl <em>Driver</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.faultline.model.impl.DriverImpl
		 * @see dev.faultline.model.impl.FaultlinePackageImpl#getDriver()
		 * @generated
		 */
		EClass DRIVER = eINSTANCE.getDriver();

		/**
		 * The meta object literal for the '<em><b>File Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRIVER__FILE_NAME = eINSTANCE.getDriver_FileName();

		/**
		 * The meta object literal for the '<em><b>Service Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRIVER__SERVICE_NAME = eINSTANCE.getDriver_ServiceName();

		/**
		 * The meta object literal for the '<em><b>Display Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRIVER__DISPLAY_NAME = eINSTANCE.getDriver_DisplayName();

		/**
		 * The meta object literal for the '<em><b>Vendor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRIVER__VENDOR = eINSTANCE.getDriver_Vendor();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRIVER__VERSION = eINSTANCE.getDriver_Version();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRIVER__TYPE = eINSTANCE.getDriver_Type();

		/**
		 * The meta object literal for the '<em><b>Start Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRIVER__START_MODE = eINSTANCE.getDriver_StartMode();

		/**
		 * The meta object literal for the '<em><b>Signed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRIVER__SIGNED = eINSTANCE.getDriver_Signed();

		/**
		 * The meta object literal for the '<em><b>Signer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRIVER__SIGNER = eINSTANCE.getDriver_Signer();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRIVER__PATH = eINSTANCE.getDriver_Path();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRIVER__SHA256 = eINSTANCE.getDriver_Sha256();

		/**
		 * The meta object literal for the '<em><b>Loaded On</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DRIVER__LOADED_ON = eINSTANCE.getDriver_LoadedOn();

		/**
		 * The meta object literal for the '{@link dev.faultline.model.impl.UpdateImpl <em>Update</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.faultline.model.impl.UpdateImpl
		 * @see dev.faultline.model.impl.FaultlinePackageImpl#getUpdate()
		 * @generated
		 */
		EClass UPDATE = eINSTANCE.getUpdate();

		/**
		 * The meta object literal for the '<em><b>Vendor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE__VENDOR = eINSTANCE.getUpdate_Vendor();

		/**
		 * The meta object literal for the '<em><b>Product</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE__PRODUCT = eINSTANCE.getUpdate_Product();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE__KIND = eINSTANCE.getUpdate_Kind();

		/**
		 * The meta object literal for the '<em><b>Identifier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE__IDENTIFIER = eINSTANCE.getUpdate_Identifier();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE__VERSION = eINSTANCE.getUpdate_Version();

		/**
		 * The meta object literal for the '<em><b>Released At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE__RELEASED_AT = eINSTANCE.getUpdate_ReleasedAt();

		/**
		 * The meta object literal for the '<em><b>Reverted At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE__REVERTED_AT = eINSTANCE.getUpdate_RevertedAt();

		/**
		 * The meta object literal for the '<em><b>Rollout Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE__ROLLOUT_SCOPE = eINSTANCE.getUpdate_RolloutScope();

		/**
		 * The meta object literal for the '<em><b>Consumed By</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UPDATE__CONSUMED_BY = eINSTANCE.getUpdate_ConsumedBy();

		/**
		 * The meta object literal for the '<em><b>Files</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UPDATE__FILES = eINSTANCE.getUpdate_Files();

		/**
		 * The meta object literal for the '{@link dev.faultline.model.impl.UpdateFileImpl <em>Update File</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.faultline.model.impl.UpdateFileImpl
		 * @see dev.faultline.model.impl.FaultlinePackageImpl#getUpdateFile()
		 * @generated
		 */
		EClass UPDATE_FILE = eINSTANCE.getUpdateFile();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_FILE__PATH = eINSTANCE.getUpdateFile_Path();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_FILE__SHA256 = eINSTANCE.getUpdateFile_Sha256();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_FILE__SIZE = eINSTANCE.getUpdateFile_Size();

		/**
		 * The meta object literal for the '{@link dev.faultline.model.impl.CrashAnalysisImpl <em>Crash Analysis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.faultline.model.impl.CrashAnalysisImpl
		 * @see dev.faultline.model.impl.FaultlinePackageImpl#getCrashAnalysis()
		 * @generated
		 */
		EClass CRASH_ANALYSIS = eINSTANCE.getCrashAnalysis();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRASH_ANALYSIS__HOST = eINSTANCE.getCrashAnalysis_Host();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRASH_ANALYSIS__TIME = eINSTANCE.getCrashAnalysis_Time();

		/**
		 * The meta object literal for the '<em><b>Bugcheck Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRASH_ANALYSIS__BUGCHECK_CODE = eINSTANCE.getCrashAnalysis_BugcheckCode();

		/**
		 * The meta object literal for the '<em><b>Bugcheck Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRASH_ANALYSIS__BUGCHECK_NAME = eINSTANCE.getCrashAnalysis_BugcheckName();

		/**
		 * The meta object literal for the '<em><b>Parameter1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRASH_ANALYSIS__PARAMETER1 = eINSTANCE.getCrashAnalysis_Parameter1();

		/**
		 * The meta object literal for the '<em><b>Parameter2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRASH_ANALYSIS__PARAMETER2 = eINSTANCE.getCrashAnalysis_Parameter2();

		/**
		 * The meta object literal for the '<em><b>Parameter3</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRASH_ANALYSIS__PARAMETER3 = eINSTANCE.getCrashAnalysis_Parameter3();

		/**
		 * The meta object literal for the '<em><b>Parameter4</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRASH_ANALYSIS__PARAMETER4 = eINSTANCE.getCrashAnalysis_Parameter4();

		/**
		 * The meta object literal for the '<em><b>Faulting Module</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRASH_ANALYSIS__FAULTING_MODULE = eINSTANCE.getCrashAnalysis_FaultingModule();

		/**
		 * The meta object literal for the '<em><b>Image Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRASH_ANALYSIS__IMAGE_NAME = eINSTANCE.getCrashAnalysis_ImageName();

		/**
		 * The meta object literal for the '<em><b>Process Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRASH_ANALYSIS__PROCESS_NAME = eINSTANCE.getCrashAnalysis_ProcessName();

		/**
		 * The meta object literal for the '<em><b>Failure Bucket</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRASH_ANALYSIS__FAILURE_BUCKET = eINSTANCE.getCrashAnalysis_FailureBucket();

		/**
		 * The meta object literal for the '<em><b>Symbol Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRASH_ANALYSIS__SYMBOL_NAME = eINSTANCE.getCrashAnalysis_SymbolName();

		/**
		 * The meta object literal for the '<em><b>Os Build</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRASH_ANALYSIS__OS_BUILD = eINSTANCE.getCrashAnalysis_OsBuild();

		/**
		 * The meta object literal for the '<em><b>Frames</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRASH_ANALYSIS__FRAMES = eINSTANCE.getCrashAnalysis_Frames();

		/**
		 * The meta object literal for the '<em><b>Cluster</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRASH_ANALYSIS__CLUSTER = eINSTANCE.getCrashAnalysis_Cluster();

		/**
		 * The meta object literal for the '{@link dev.faultline.model.impl.StackFrameImpl <em>Stack Frame</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.faultline.model.impl.StackFrameImpl
		 * @see dev.faultline.model.impl.FaultlinePackageImpl#getStackFrame()
		 * @generated
		 */
		EClass STACK_FRAME = eINSTANCE.getStackFrame();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STACK_FRAME__INDEX = eINSTANCE.getStackFrame_Index();

		/**
		 * The meta object literal for the '<em><b>Module</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STACK_FRAME__MODULE = eINSTANCE.getStackFrame_Module();

		/**
		 * The meta object literal for the '<em><b>Symbol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STACK_FRAME__SYMBOL = eINSTANCE.getStackFrame_Symbol();

		/**
		 * The meta object literal for the '<em><b>Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STACK_FRAME__OFFSET = eINSTANCE.getStackFrame_Offset();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STACK_FRAME__TEXT = eINSTANCE.getStackFrame_Text();

		/**
		 * The meta object literal for the '{@link dev.faultline.model.impl.CrashClusterImpl <em>Crash Cluster</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.faultline.model.impl.CrashClusterImpl
		 * @see dev.faultline.model.impl.FaultlinePackageImpl#getCrashCluster()
		 * @generated
		 */
		EClass CRASH_CLUSTER = eINSTANCE.getCrashCluster();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRASH_CLUSTER__NAME = eINSTANCE.getCrashCluster_Name();

		/**
		 * The meta object literal for the '<em><b>Signature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRASH_CLUSTER__SIGNATURE = eINSTANCE.getCrashCluster_Signature();

		/**
		 * The meta object literal for the '<em><b>First Seen</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRASH_CLUSTER__FIRST_SEEN = eINSTANCE.getCrashCluster_FirstSeen();

		/**
		 * The meta object literal for the '<em><b>Last Seen</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRASH_CLUSTER__LAST_SEEN = eINSTANCE.getCrashCluster_LastSeen();

		/**
		 * The meta object literal for the '<em><b>Crash Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRASH_CLUSTER__CRASH_COUNT = eINSTANCE.getCrashCluster_CrashCount();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRASH_CLUSTER__MEMBERS = eINSTANCE.getCrashCluster_Members();

		/**
		 * The meta object literal for the '<em><b>Cluster Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRASH_CLUSTER__CLUSTER_KEY = eINSTANCE.getCrashCluster_ClusterKey();

		/**
		 * The meta object literal for the '<em><b>Bugcheck Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRASH_CLUSTER__BUGCHECK_CODE = eINSTANCE.getCrashCluster_BugcheckCode();

		/**
		 * The meta object literal for the '<em><b>Faulting Module</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRASH_CLUSTER__FAULTING_MODULE = eINSTANCE.getCrashCluster_FaultingModule();

		/**
		 * The meta object literal for the '<em><b>Failure Bucket</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRASH_CLUSTER__FAILURE_BUCKET = eINSTANCE.getCrashCluster_FailureBucket();

		/**
		 * The meta object literal for the '<em><b>Host Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRASH_CLUSTER__HOST_COUNT = eINSTANCE.getCrashCluster_HostCount();

		/**
		 * The meta object literal for the '{@link dev.faultline.model.impl.OutageImpl <em>Outage</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.faultline.model.impl.OutageImpl
		 * @see dev.faultline.model.impl.FaultlinePackageImpl#getOutage()
		 * @generated
		 */
		EClass OUTAGE = eINSTANCE.getOutage();

		/**
		 * The meta object literal for the '<em><b>Service</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTAGE__SERVICE = eINSTANCE.getOutage_Service();

		/**
		 * The meta object literal for the '<em><b>Sector</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTAGE__SECTOR = eINSTANCE.getOutage_Sector();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTAGE__START = eINSTANCE.getOutage_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTAGE__END = eINSTANCE.getOutage_End();

		/**
		 * The meta object literal for the '<em><b>Affected Hosts</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTAGE__AFFECTED_HOSTS = eINSTANCE.getOutage_AffectedHosts();

		/**
		 * The meta object literal for the '<em><b>Affected Groups</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTAGE__AFFECTED_GROUPS = eINSTANCE.getOutage_AffectedGroups();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTAGE__SEVERITY = eINSTANCE.getOutage_Severity();

		/**
		 * The meta object literal for the '<em><b>Customer Impact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTAGE__CUSTOMER_IMPACT = eINSTANCE.getOutage_CustomerImpact();

		/**
		 * The meta object literal for the '{@link dev.faultline.model.impl.TimelineEventImpl <em>Timeline Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.faultline.model.impl.TimelineEventImpl
		 * @see dev.faultline.model.impl.FaultlinePackageImpl#getTimelineEvent()
		 * @generated
		 */
		EClass TIMELINE_EVENT = eINSTANCE.getTimelineEvent();

		/**
		 * The meta object literal for the '<em><b>Instant</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMELINE_EVENT__INSTANT = eINSTANCE.getTimelineEvent_Instant();

		/**
		 * The meta object literal for the '<em><b>Original Timestamp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMELINE_EVENT__ORIGINAL_TIMESTAMP = eINSTANCE.getTimelineEvent_OriginalTimestamp();

		/**
		 * The meta object literal for the '<em><b>Original Zone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMELINE_EVENT__ORIGINAL_ZONE = eINSTANCE.getTimelineEvent_OriginalZone();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMELINE_EVENT__SOURCE = eINSTANCE.getTimelineEvent_Source();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TIMELINE_EVENT__HOST = eINSTANCE.getTimelineEvent_Host();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMELINE_EVENT__KIND = eINSTANCE.getTimelineEvent_Kind();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMELINE_EVENT__MESSAGE = eINSTANCE.getTimelineEvent_Message();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMELINE_EVENT__TAGS = eINSTANCE.getTimelineEvent_Tags();

		/**
		 * The meta object literal for the '<em><b>Comments</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMELINE_EVENT__COMMENTS = eINSTANCE.getTimelineEvent_Comments();

		/**
		 * The meta object literal for the '<em><b>Starred</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMELINE_EVENT__STARRED = eINSTANCE.getTimelineEvent_Starred();

		/**
		 * The meta object literal for the '{@link dev.faultline.model.impl.EvidenceImpl <em>Evidence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.faultline.model.impl.EvidenceImpl
		 * @see dev.faultline.model.impl.FaultlinePackageImpl#getEvidence()
		 * @generated
		 */
		EClass EVIDENCE = eINSTANCE.getEvidence();

		/**
		 * The meta object literal for the '<em><b>Original Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__ORIGINAL_NAME = eINSTANCE.getEvidence_OriginalName();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__PATH = eINSTANCE.getEvidence_Path();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__SHA256 = eINSTANCE.getEvidence_Sha256();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__SIZE = eINSTANCE.getEvidence_Size();

		/**
		 * The meta object literal for the '<em><b>Media Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__MEDIA_TYPE = eINSTANCE.getEvidence_MediaType();

		/**
		 * The meta object literal for the '<em><b>Importer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__IMPORTER = eINSTANCE.getEvidence_Importer();

		/**
		 * The meta object literal for the '<em><b>Imported At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__IMPORTED_AT = eINSTANCE.getEvidence_ImportedAt();

		/**
		 * The meta object literal for the '<em><b>Imported By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__IMPORTED_BY = eINSTANCE.getEvidence_ImportedBy();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__DESCRIPTION = eINSTANCE.getEvidence_Description();

		/**
		 * The meta object literal for the '<em><b>Read Zone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__READ_ZONE = eINSTANCE.getEvidence_ReadZone();

		/**
		 * The meta object literal for the '<em><b>Read Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__READ_YEAR = eINSTANCE.getEvidence_ReadYear();

		/**
		 * The meta object literal for the '{@link dev.faultline.model.impl.RecordAnnotationImpl <em>Record Annotation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.faultline.model.impl.RecordAnnotationImpl
		 * @see dev.faultline.model.impl.FaultlinePackageImpl#getRecordAnnotation()
		 * @generated
		 */
		EClass RECORD_ANNOTATION = eINSTANCE.getRecordAnnotation();

		/**
		 * The meta object literal for the '<em><b>Record Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD_ANNOTATION__RECORD_ID = eINSTANCE.getRecordAnnotation_RecordId();

		/**
		 * The meta object literal for the '<em><b>Record</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECORD_ANNOTATION__RECORD = eINSTANCE.getRecordAnnotation_Record();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD_ANNOTATION__TAGS = eINSTANCE.getRecordAnnotation_Tags();

		/**
		 * The meta object literal for the '<em><b>Comments</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD_ANNOTATION__COMMENTS = eINSTANCE.getRecordAnnotation_Comments();

		/**
		 * The meta object literal for the '<em><b>Starred</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD_ANNOTATION__STARRED = eINSTANCE.getRecordAnnotation_Starred();

		/**
		 * The meta object literal for the '{@link dev.faultline.model.impl.EvidenceRefImpl <em>Evidence Ref</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.faultline.model.impl.EvidenceRefImpl
		 * @see dev.faultline.model.impl.FaultlinePackageImpl#getEvidenceRef()
		 * @generated
		 */
		EClass EVIDENCE_REF = eINSTANCE.getEvidenceRef();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVIDENCE_REF__EVIDENCE = eINSTANCE.getEvidenceRef_Evidence();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_REF__LINE = eINSTANCE.getEvidenceRef_Line();

		/**
		 * The meta object literal for the '<em><b>Byte Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_REF__BYTE_OFFSET = eINSTANCE.getEvidenceRef_ByteOffset();

		/**
		 * The meta object literal for the '<em><b>Record Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_REF__RECORD_ID = eINSTANCE.getEvidenceRef_RecordId();

		/**
		 * The meta object literal for the '{@link dev.faultline.model.impl.CausalLinkImpl <em>Causal Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.faultline.model.impl.CausalLinkImpl
		 * @see dev.faultline.model.impl.FaultlinePackageImpl#getCausalLink()
		 * @generated
		 */
		EClass CAUSAL_LINK = eINSTANCE.getCausalLink();

		/**
		 * The meta object literal for the '<em><b>Cause</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAUSAL_LINK__CAUSE = eINSTANCE.getCausalLink_Cause();

		/**
		 * The meta object literal for the '<em><b>Effect</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAUSAL_LINK__EFFECT = eINSTANCE.getCausalLink_Effect();

		/**
		 * The meta object literal for the '<em><b>Relation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAUSAL_LINK__RELATION = eINSTANCE.getCausalLink_Relation();

		/**
		 * The meta object literal for the '<em><b>Confidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAUSAL_LINK__CONFIDENCE = eINSTANCE.getCausalLink_Confidence();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAUSAL_LINK__RATIONALE = eINSTANCE.getCausalLink_Rationale();

		/**
		 * The meta object literal for the '{@link dev.faultline.model.impl.RemediationImpl <em>Remediation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.faultline.model.impl.RemediationImpl
		 * @see dev.faultline.model.impl.FaultlinePackageImpl#getRemediation()
		 * @generated
		 */
		EClass REMEDIATION = eINSTANCE.getRemediation();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMEDIATION__ACTION = eINSTANCE.getRemediation_Action();

		/**
		 * The meta object literal for the '<em><b>Performed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMEDIATION__PERFORMED_AT = eINSTANCE.getRemediation_PerformedAt();

		/**
		 * The meta object literal for the '<em><b>Performed By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMEDIATION__PERFORMED_BY = eINSTANCE.getRemediation_PerformedBy();

		/**
		 * The meta object literal for the '<em><b>Hosts</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REMEDIATION__HOSTS = eINSTANCE.getRemediation_Hosts();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REMEDIATION__GROUPS = eINSTANCE.getRemediation_Groups();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMEDIATION__OUTCOME = eINSTANCE.getRemediation_Outcome();

		/**
		 * The meta object literal for the '{@link dev.faultline.model.impl.RejectedProposalImpl <em>Rejected Proposal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.faultline.model.impl.RejectedProposalImpl
		 * @see dev.faultline.model.impl.FaultlinePackageImpl#getRejectedProposal()
		 * @generated
		 */
		EClass REJECTED_PROPOSAL = eINSTANCE.getRejectedProposal();

		/**
		 * The meta object literal for the '<em><b>Proposal Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REJECTED_PROPOSAL__PROPOSAL_ID = eINSTANCE.getRejectedProposal_ProposalId();

		/**
		 * The meta object literal for the '<em><b>Cause</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REJECTED_PROPOSAL__CAUSE = eINSTANCE.getRejectedProposal_Cause();

		/**
		 * The meta object literal for the '<em><b>Effect</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REJECTED_PROPOSAL__EFFECT = eINSTANCE.getRejectedProposal_Effect();

		/**
		 * The meta object literal for the '<em><b>Relation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REJECTED_PROPOSAL__RELATION = eINSTANCE.getRejectedProposal_Relation();

		/**
		 * The meta object literal for the '<em><b>Proposed Confidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REJECTED_PROPOSAL__PROPOSED_CONFIDENCE = eINSTANCE.getRejectedProposal_ProposedConfidence();

		/**
		 * The meta object literal for the '<em><b>Proposed Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REJECTED_PROPOSAL__PROPOSED_RATIONALE = eINSTANCE.getRejectedProposal_ProposedRationale();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REJECTED_PROPOSAL__REASON = eINSTANCE.getRejectedProposal_Reason();

		/**
		 * The meta object literal for the '<em><b>Rejected At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REJECTED_PROPOSAL__REJECTED_AT = eINSTANCE.getRejectedProposal_RejectedAt();

		/**
		 * The meta object literal for the '<em><b>Rejected By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REJECTED_PROPOSAL__REJECTED_BY = eINSTANCE.getRejectedProposal_RejectedBy();

		/**
		 * The meta object literal for the '{@link dev.faultline.model.InvestigationStatus <em>Investigation Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.faultline.model.InvestigationStatus
		 * @see dev.faultline.model.impl.FaultlinePackageImpl#getInvestigationStatus()
		 * @generated
		 */
		EEnum INVESTIGATION_STATUS = eINSTANCE.getInvestigationStatus();

		/**
		 * The meta object literal for the '{@link dev.faultline.model.Severity <em>Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.faultline.model.Severity
		 * @see dev.faultline.model.impl.FaultlinePackageImpl#getSeverity()
		 * @generated
		 */
		EEnum SEVERITY = eINSTANCE.getSeverity();

		/**
		 * The meta object literal for the '{@link dev.faultline.model.HostState <em>Host State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.faultline.model.HostState
		 * @see dev.faultline.model.impl.FaultlinePackageImpl#getHostState()
		 * @generated
		 */
		EEnum HOST_STATE = eINSTANCE.getHostState();

		/**
		 * The meta object literal for the '{@link dev.faultline.model.DriverType <em>Driver Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.faultline.model.DriverType
		 * @see dev.faultline.model.impl.FaultlinePackageImpl#getDriverType()
		 * @generated
		 */
		EEnum DRIVER_TYPE = eINSTANCE.getDriverType();

		/**
		 * The meta object literal for the '{@link dev.faultline.model.StartMode <em>Start Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.faultline.model.StartMode
		 * @see dev.faultline.model.impl.FaultlinePackageImpl#getStartMode()
		 * @generated
		 */
		EEnum START_MODE = eINSTANCE.getStartMode();

		/**
		 * The meta object literal for the '{@link dev.faultline.model.UpdateKind <em>Update Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.faultline.model.UpdateKind
		 * @see dev.faultline.model.impl.FaultlinePackageImpl#getUpdateKind()
		 * @generated
		 */
		EEnum UPDATE_KIND = eINSTANCE.getUpdateKind();

		/**
		 * The meta object literal for the '{@link dev.faultline.model.RelationKind <em>Relation Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.faultline.model.RelationKind
		 * @see dev.faultline.model.impl.FaultlinePackageImpl#getRelationKind()
		 * @generated
		 */
		EEnum RELATION_KIND = eINSTANCE.getRelationKind();

		/**
		 * The meta object literal for the '{@link dev.faultline.model.Confidence <em>Confidence</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.faultline.model.Confidence
		 * @see dev.faultline.model.impl.FaultlinePackageImpl#getConfidence()
		 * @generated
		 */
		EEnum CONFIDENCE = eINSTANCE.getConfidence();

		/**
		 * The meta object literal for the '<em>Instant</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see dev.faultline.model.impl.FaultlinePackageImpl#getInstant()
		 * @generated
		 */
		EDataType INSTANT = eINSTANCE.getInstant();

	}

} //FaultlinePackage
