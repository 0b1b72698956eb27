/**
 */
package dev.faultline.model.impl;

import dev.faultline.model.CausalLink;
import dev.faultline.model.CausalNode;
import dev.faultline.model.Confidence;
import dev.faultline.model.CrashAnalysis;
import dev.faultline.model.CrashCluster;
import dev.faultline.model.Driver;
import dev.faultline.model.DriverType;
import dev.faultline.model.Evidence;
import dev.faultline.model.EvidenceRef;
import dev.faultline.model.Fact;
import dev.faultline.model.FaultlineFactory;
import dev.faultline.model.FaultlinePackage;
import dev.faultline.model.Host;
import dev.faultline.model.HostGroup;
import dev.faultline.model.HostState;
import dev.faultline.model.HostStateChange;
import dev.faultline.model.Incident;
import dev.faultline.model.Investigation;
import dev.faultline.model.InvestigationStatus;
import dev.faultline.model.Outage;
import dev.faultline.model.RecordAnnotation;
import dev.faultline.model.RejectedProposal;
import dev.faultline.model.RelationKind;
import dev.faultline.model.Remediation;
import dev.faultline.model.Severity;
import dev.faultline.model.StackFrame;
import dev.faultline.model.StartMode;
import dev.faultline.model.TimelineEvent;
import dev.faultline.model.Update;
import dev.faultline.model.UpdateFile;
import dev.faultline.model.UpdateKind;

import java.time.Instant;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class FaultlinePackageImpl extends EPackageImpl implements FaultlinePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass investigationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass factEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass causalNodeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass incidentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hostEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hostStateChangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hostGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass driverEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass updateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass updateFileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass crashAnalysisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stackFrameEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass crashClusterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass outageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass timelineEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evidenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass recordAnnotationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evidenceRefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass causalLinkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass remediationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rejectedProposalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum investigationStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum severityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum hostStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum driverTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum startModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum updateKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum relationKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum confidenceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType instantEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see dev.faultline.model.FaultlinePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private FaultlinePackageImpl() {
		super(eNS_URI, FaultlineFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link FaultlinePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static FaultlinePackage init() {
		if (isInited) return (FaultlinePackage)EPackage.Registry.INSTANCE.getEPackage(FaultlinePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredFaultlinePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		FaultlinePackageImpl theFaultlinePackage = registeredFaultlinePackage instanceof FaultlinePackageImpl ? (FaultlinePackageImpl)registeredFaultlinePackage : new FaultlinePackageImpl();

		isInited = true;

		// Create package meta-data objects
		theFaultlinePackage.createPackageContents();

		// Initialize created meta-data
		theFaultlinePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theFaultlinePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(FaultlinePackage.eNS_URI, theFaultlinePackage);
		return theFaultlinePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInvestigation() {
		return investigationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvestigation_Title() {
		return (EAttribute)investigationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvestigation_Summary() {
		return (EAttribute)investigationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvestigation_Status() {
		return (EAttribute)investigationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvestigation_Severity() {
		return (EAttribute)investigationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvestigation_DisplayTimeZone() {
		return (EAttribute)investigationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvestigation_Created() {
		return (EAttribute)investigationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvestigation_Updated() {
		return (EAttribute)investigationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvestigation_Analysts() {
		return (EAttribute)investigationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInvestigation_Incidents() {
		return (EReference)investigationEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInvestigation_HostGroups() {
		return (EReference)investigationEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInvestigation_Hosts() {
		return (EReference)investigationEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInvestigation_Drivers() {
		return (EReference)investigationEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInvestigation_Updates() {
		return (EReference)investigationEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInvestigation_CrashAnalyses() {
		return (EReference)investigationEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInvestigation_CrashClusters() {
		return (EReference)investigationEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInvestigation_Outages() {
		return (EReference)investigationEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInvestigation_TimelineEvents() {
		return (EReference)investigationEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInvestigation_Evidence() {
		return (EReference)investigationEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInvestigation_CausalLinks() {
		return (EReference)investigationEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInvestigation_Remediations() {
		return (EReference)investigationEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInvestigation_Annotations() {
		return (EReference)investigationEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInvestigation_RejectedProposals() {
		return (EReference)investigationEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFact() {
		return factEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFact_Description() {
		return (EAttribute)factEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFact_Reconstructed() {
		return (EAttribute)factEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFact_Citations() {
		return (EReference)factEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCausalNode() {
		return causalNodeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIncident() {
		return incidentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIncident_Title() {
		return (EAttribute)incidentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIncident_Start() {
		return (EAttribute)incidentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIncident_Detected() {
		return (EAttribute)incidentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIncident_Mitigated() {
		return (EAttribute)incidentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIncident_Resolved() {
		return (EAttribute)incidentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIncident_ImpactStatement() {
		return (EAttribute)incidentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHost() {
		return hostEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_Name() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_Domain() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_OsName() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_OsVersion() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_OsBuild() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_Site() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_Role() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_AgentVersions() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHost_StateChanges() {
		return (EReference)hostEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHost_Groups() {
		return (EReference)hostEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHostStateChange() {
		return hostStateChangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostStateChange_At() {
		return (EAttribute)hostStateChangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostStateChange_State() {
		return (EAttribute)hostStateChangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHostGroup() {
		return hostGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostGroup_Name() {
		return (EAttribute)hostGroupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostGroup_Criteria() {
		return (EAttribute)hostGroupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostGroup_HostCount() {
		return (EAttribute)hostGroupEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostGroup_AffectedCount() {
		return (EAttribute)hostGroupEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostGroup_RecoveredCount() {
		return (EAttribute)hostGroupEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostGroup_CountsAsOf() {
		return (EAttribute)hostGroupEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHostGroup_Representatives() {
		return (EReference)hostGroupEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDriver() {
		return driverEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDriver_FileName() {
		return (EAttribute)driverEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDriver_ServiceName() {
		return (EAttribute)driverEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDriver_DisplayName() {
		return (EAttribute)driverEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDriver_Vendor() {
		return (EAttribute)driverEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDriver_Version() {
		return (EAttribute)driverEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDriver_Type() {
		return (EAttribute)driverEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDriver_StartMode() {
		return (EAttribute)driverEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDriver_Signed() {
		return (EAttribute)driverEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDriver_Signer() {
		return (EAttribute)driverEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDriver_Path() {
		return (EAttribute)driverEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDriver_Sha256() {
		return (EAttribute)driverEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDriver_LoadedOn() {
		return (EReference)driverEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUpdate() {
		return updateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdate_Vendor() {
		return (EAttribute)updateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdate_Product() {
		return (EAttribute)updateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdate_Kind() {
		return (EAttribute)updateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdate_Identifier() {
		return (EAttribute)updateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdate_Version() {
		return (EAttribute)updateEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdate_ReleasedAt() {
		return (EAttribute)updateEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdate_RevertedAt() {
		return (EAttribute)updateEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdate_RolloutScope() {
		return (EAttribute)updateEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUpdate_ConsumedBy() {
		return (EReference)updateEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUpdate_Files() {
		return (EReference)updateEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUpdateFile() {
		return updateFileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdateFile_Path() {
		return (EAttribute)updateFileEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdateFile_Sha256() {
		return (EAttribute)updateFileEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdateFile_Size() {
		return (EAttribute)updateFileEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCrashAnalysis() {
		return crashAnalysisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCrashAnalysis_Host() {
		return (EReference)crashAnalysisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCrashAnalysis_Time() {
		return (EAttribute)crashAnalysisEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCrashAnalysis_BugcheckCode() {
		return (EAttribute)crashAnalysisEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCrashAnalysis_BugcheckName() {
		return (EAttribute)crashAnalysisEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCrashAnalysis_Parameter1() {
		return (EAttribute)crashAnalysisEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCrashAnalysis_Parameter2() {
		return (EAttribute)crashAnalysisEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCrashAnalysis_Parameter3() {
		return (EAttribute)crashAnalysisEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCrashAnalysis_Parameter4() {
		return (EAttribute)crashAnalysisEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCrashAnalysis_FaultingModule() {
		return (EAttribute)crashAnalysisEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCrashAnalysis_ImageName() {
		return (EAttribute)crashAnalysisEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCrashAnalysis_ProcessName() {
		return (EAttribute)crashAnalysisEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCrashAnalysis_FailureBucket() {
		return (EAttribute)crashAnalysisEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCrashAnalysis_SymbolName() {
		return (EAttribute)crashAnalysisEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCrashAnalysis_OsBuild() {
		return (EAttribute)crashAnalysisEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCrashAnalysis_Frames() {
		return (EReference)crashAnalysisEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCrashAnalysis_Cluster() {
		return (EReference)crashAnalysisEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStackFrame() {
		return stackFrameEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStackFrame_Index() {
		return (EAttribute)stackFrameEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStackFrame_Module() {
		return (EAttribute)stackFrameEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStackFrame_Symbol() {
		return (EAttribute)stackFrameEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStackFrame_Offset() {
		return (EAttribute)stackFrameEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStackFrame_Text() {
		return (EAttribute)stackFrameEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCrashCluster() {
		return crashClusterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCrashCluster_Name() {
		return (EAttribute)crashClusterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCrashCluster_Signature() {
		return (EAttribute)crashClusterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCrashCluster_FirstSeen() {
		return (EAttribute)crashClusterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCrashCluster_LastSeen() {
		return (EAttribute)crashClusterEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCrashCluster_CrashCount() {
		return (EAttribute)crashClusterEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCrashCluster_Members() {
		return (EReference)crashClusterEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCrashCluster_ClusterKey() {
		return (EAttribute)crashClusterEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCrashCluster_BugcheckCode() {
		return (EAttribute)crashClusterEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCrashCluster_FaultingModule() {
		return (EAttribute)crashClusterEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCrashCluster_FailureBucket() {
		return (EAttribute)crashClusterEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCrashCluster_HostCount() {
		return (EAttribute)crashClusterEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOutage() {
		return outageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutage_Service() {
		return (EAttribute)outageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutage_Sector() {
		return (EAttribute)outageEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutage_Start() {
		return (EAttribute)outageEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutage_End() {
		return (EAttribute)outageEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOutage_AffectedHosts() {
		return (EReference)outageEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOutage_AffectedGroups() {
		return (EReference)outageEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutage_Severity() {
		return (EAttribute)outageEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutage_CustomerImpact() {
		return (EAttribute)outageEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTimelineEvent() {
		return timelineEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimelineEvent_Instant() {
		return (EAttribute)timelineEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimelineEvent_OriginalTimestamp() {
		return (EAttribute)timelineEventEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimelineEvent_OriginalZone() {
		return (EAttribute)timelineEventEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimelineEvent_Source() {
		return (EAttribute)timelineEventEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTimelineEvent_Host() {
		return (EReference)timelineEventEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimelineEvent_Kind() {
		return (EAttribute)timelineEventEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimelineEvent_Message() {
		return (EAttribute)timelineEventEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimelineEvent_Tags() {
		return (EAttribute)timelineEventEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimelineEvent_Comments() {
		return (EAttribute)timelineEventEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimelineEvent_Starred() {
		return (EAttribute)timelineEventEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvidence() {
		return evidenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_OriginalName() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Path() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Sha256() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Size() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_MediaType() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Importer() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_ImportedAt() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_ImportedBy() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Description() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_ReadZone() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_ReadYear() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRecordAnnotation() {
		return recordAnnotationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecordAnnotation_RecordId() {
		return (EAttribute)recordAnnotationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecordAnnotation_Record() {
		return (EReference)recordAnnotationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecordAnnotation_Tags() {
		return (EAttribute)recordAnnotationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecordAnnotation_Comments() {
		return (EAttribute)recordAnnotationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecordAnnotation_Starred() {
		return (EAttribute)recordAnnotationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvidenceRef() {
		return evidenceRefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvidenceRef_Evidence() {
		return (EReference)evidenceRefEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceRef_Line() {
		return (EAttribute)evidenceRefEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceRef_ByteOffset() {
		return (EAttribute)evidenceRefEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceRef_RecordId() {
		return (EAttribute)evidenceRefEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCausalLink() {
		return causalLinkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCausalLink_Cause() {
		return (EReference)causalLinkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCausalLink_Effect() {
		return (EReference)causalLinkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCausalLink_Relation() {
		return (EAttribute)causalLinkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCausalLink_Confidence() {
		return (EAttribute)causalLinkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCausalLink_Rationale() {
		return (EAttribute)causalLinkEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRemediation() {
		return remediationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRemediation_Action() {
		return (EAttribute)remediationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRemediation_PerformedAt() {
		return (EAttribute)remediationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRemediation_PerformedBy() {
		return (EAttribute)remediationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRemediation_Hosts() {
		return (EReference)remediationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRemediation_Groups() {
		return (EReference)remediationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRemediation_Outcome() {
		return (EAttribute)remediationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRejectedProposal() {
		return rejectedProposalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRejectedProposal_ProposalId() {
		return (EAttribute)rejectedProposalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRejectedProposal_Cause() {
		return (EReference)rejectedProposalEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRejectedProposal_Effect() {
		return (EReference)rejectedProposalEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRejectedProposal_Relation() {
		return (EAttribute)rejectedProposalEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRejectedProposal_ProposedConfidence() {
		return (EAttribute)rejectedProposalEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRejectedProposal_ProposedRationale() {
		return (EAttribute)rejectedProposalEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRejectedProposal_Reason() {
		return (EAttribute)rejectedProposalEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRejectedProposal_RejectedAt() {
		return (EAttribute)rejectedProposalEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRejectedProposal_RejectedBy() {
		return (EAttribute)rejectedProposalEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInvestigationStatus() {
		return investigationStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSeverity() {
		return severityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHostState() {
		return hostStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDriverType() {
		return driverTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStartMode() {
		return startModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getUpdateKind() {
		return updateKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRelationKind() {
		return relationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getConfidence() {
		return confidenceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getInstant() {
		return instantEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FaultlineFactory getFaultlineFactory() {
		return (FaultlineFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		investigationEClass = createEClass(INVESTIGATION);
		createEAttribute(investigationEClass, INVESTIGATION__TITLE);
		createEAttribute(investigationEClass, INVESTIGATION__SUMMARY);
		createEAttribute(investigationEClass, INVESTIGATION__STATUS);
		createEAttribute(investigationEClass, INVESTIGATION__SEVERITY);
		createEAttribute(investigationEClass, INVESTIGATION__DISPLAY_TIME_ZONE);
		createEAttribute(investigationEClass, INVESTIGATION__CREATED);
		createEAttribute(investigationEClass, INVESTIGATION__UPDATED);
		createEAttribute(investigationEClass, INVESTIGATION__ANALYSTS);
		createEReference(investigationEClass, INVESTIGATION__INCIDENTS);
		createEReference(investigationEClass, INVESTIGATION__HOST_GROUPS);
		createEReference(investigationEClass, INVESTIGATION__HOSTS);
		createEReference(investigationEClass, INVESTIGATION__DRIVERS);
		createEReference(investigationEClass, INVESTIGATION__UPDATES);
		createEReference(investigationEClass, INVESTIGATION__CRASH_ANALYSES);
		createEReference(investigationEClass, INVESTIGATION__CRASH_CLUSTERS);
		createEReference(investigationEClass, INVESTIGATION__OUTAGES);
		createEReference(investigationEClass, INVESTIGATION__TIMELINE_EVENTS);
		createEReference(investigationEClass, INVESTIGATION__EVIDENCE);
		createEReference(investigationEClass, INVESTIGATION__CAUSAL_LINKS);
		createEReference(investigationEClass, INVESTIGATION__REMEDIATIONS);
		createEReference(investigationEClass, INVESTIGATION__ANNOTATIONS);
		createEReference(investigationEClass, INVESTIGATION__REJECTED_PROPOSALS);

		factEClass = createEClass(FACT);
		createEAttribute(factEClass, FACT__DESCRIPTION);
		createEAttribute(factEClass, FACT__RECONSTRUCTED);
		createEReference(factEClass, FACT__CITATIONS);

		causalNodeEClass = createEClass(CAUSAL_NODE);

		incidentEClass = createEClass(INCIDENT);
		createEAttribute(incidentEClass, INCIDENT__TITLE);
		createEAttribute(incidentEClass, INCIDENT__START);
		createEAttribute(incidentEClass, INCIDENT__DETECTED);
		createEAttribute(incidentEClass, INCIDENT__MITIGATED);
		createEAttribute(incidentEClass, INCIDENT__RESOLVED);
		createEAttribute(incidentEClass, INCIDENT__IMPACT_STATEMENT);

		hostEClass = createEClass(HOST);
		createEAttribute(hostEClass, HOST__NAME);
		createEAttribute(hostEClass, HOST__DOMAIN);
		createEAttribute(hostEClass, HOST__OS_NAME);
		createEAttribute(hostEClass, HOST__OS_VERSION);
		createEAttribute(hostEClass, HOST__OS_BUILD);
		createEAttribute(hostEClass, HOST__SITE);
		createEAttribute(hostEClass, HOST__ROLE);
		createEAttribute(hostEClass, HOST__AGENT_VERSIONS);
		createEReference(hostEClass, HOST__STATE_CHANGES);
		createEReference(hostEClass, HOST__GROUPS);

		hostStateChangeEClass = createEClass(HOST_STATE_CHANGE);
		createEAttribute(hostStateChangeEClass, HOST_STATE_CHANGE__AT);
		createEAttribute(hostStateChangeEClass, HOST_STATE_CHANGE__STATE);

		hostGroupEClass = createEClass(HOST_GROUP);
		createEAttribute(hostGroupEClass, HOST_GROUP__NAME);
		createEAttribute(hostGroupEClass, HOST_GROUP__CRITERIA);
		createEAttribute(hostGroupEClass, HOST_GROUP__HOST_COUNT);
		createEAttribute(hostGroupEClass, HOST_GROUP__AFFECTED_COUNT);
		createEAttribute(hostGroupEClass, HOST_GROUP__RECOVERED_COUNT);
		createEAttribute(hostGroupEClass, HOST_GROUP__COUNTS_AS_OF);
		createEReference(hostGroupEClass, HOST_GROUP__REPRESENTATIVES);

		driverEClass = createEClass(DRIVER);
		createEAttribute(driverEClass, DRIVER__FILE_NAME);
		createEAttribute(driverEClass, DRIVER__SERVICE_NAME);
		createEAttribute(driverEClass, DRIVER__DISPLAY_NAME);
		createEAttribute(driverEClass, DRIVER__VENDOR);
		createEAttribute(driverEClass, DRIVER__VERSION);
		createEAttribute(driverEClass, DRIVER__TYPE);
		createEAttribute(driverEClass, DRIVER__START_MODE);
		createEAttribute(driverEClass, DRIVER__SIGNED);
		createEAttribute(driverEClass, DRIVER__SIGNER);
		createEAttribute(driverEClass, DRIVER__PATH);
		createEAttribute(driverEClass, DRIVER__SHA256);
		createEReference(driverEClass, DRIVER__LOADED_ON);

		updateEClass = createEClass(UPDATE);
		createEAttribute(updateEClass, UPDATE__VENDOR);
		createEAttribute(updateEClass, UPDATE__PRODUCT);
		createEAttribute(updateEClass, UPDATE__KIND);
		createEAttribute(updateEClass, UPDATE__IDENTIFIER);
		createEAttribute(updateEClass, UPDATE__VERSION);
		createEAttribute(updateEClass, UPDATE__RELEASED_AT);
		createEAttribute(updateEClass, UPDATE__REVERTED_AT);
		createEAttribute(updateEClass, UPDATE__ROLLOUT_SCOPE);
		createEReference(updateEClass, UPDATE__CONSUMED_BY);
		createEReference(updateEClass, UPDATE__FILES);

		updateFileEClass = createEClass(UPDATE_FILE);
		createEAttribute(updateFileEClass, UPDATE_FILE__PATH);
		createEAttribute(updateFileEClass, UPDATE_FILE__SHA256);
		createEAttribute(updateFileEClass, UPDATE_FILE__SIZE);

		crashAnalysisEClass = createEClass(CRASH_ANALYSIS);
		createEReference(crashAnalysisEClass, CRASH_ANALYSIS__HOST);
		createEAttribute(crashAnalysisEClass, CRASH_ANALYSIS__TIME);
		createEAttribute(crashAnalysisEClass, CRASH_ANALYSIS__BUGCHECK_CODE);
		createEAttribute(crashAnalysisEClass, CRASH_ANALYSIS__BUGCHECK_NAME);
		createEAttribute(crashAnalysisEClass, CRASH_ANALYSIS__PARAMETER1);
		createEAttribute(crashAnalysisEClass, CRASH_ANALYSIS__PARAMETER2);
		createEAttribute(crashAnalysisEClass, CRASH_ANALYSIS__PARAMETER3);
		createEAttribute(crashAnalysisEClass, CRASH_ANALYSIS__PARAMETER4);
		createEAttribute(crashAnalysisEClass, CRASH_ANALYSIS__FAULTING_MODULE);
		createEAttribute(crashAnalysisEClass, CRASH_ANALYSIS__IMAGE_NAME);
		createEAttribute(crashAnalysisEClass, CRASH_ANALYSIS__PROCESS_NAME);
		createEAttribute(crashAnalysisEClass, CRASH_ANALYSIS__FAILURE_BUCKET);
		createEAttribute(crashAnalysisEClass, CRASH_ANALYSIS__SYMBOL_NAME);
		createEAttribute(crashAnalysisEClass, CRASH_ANALYSIS__OS_BUILD);
		createEReference(crashAnalysisEClass, CRASH_ANALYSIS__FRAMES);
		createEReference(crashAnalysisEClass, CRASH_ANALYSIS__CLUSTER);

		stackFrameEClass = createEClass(STACK_FRAME);
		createEAttribute(stackFrameEClass, STACK_FRAME__INDEX);
		createEAttribute(stackFrameEClass, STACK_FRAME__MODULE);
		createEAttribute(stackFrameEClass, STACK_FRAME__SYMBOL);
		createEAttribute(stackFrameEClass, STACK_FRAME__OFFSET);
		createEAttribute(stackFrameEClass, STACK_FRAME__TEXT);

		crashClusterEClass = createEClass(CRASH_CLUSTER);
		createEAttribute(crashClusterEClass, CRASH_CLUSTER__NAME);
		createEAttribute(crashClusterEClass, CRASH_CLUSTER__SIGNATURE);
		createEAttribute(crashClusterEClass, CRASH_CLUSTER__FIRST_SEEN);
		createEAttribute(crashClusterEClass, CRASH_CLUSTER__LAST_SEEN);
		createEAttribute(crashClusterEClass, CRASH_CLUSTER__CRASH_COUNT);
		createEReference(crashClusterEClass, CRASH_CLUSTER__MEMBERS);
		createEAttribute(crashClusterEClass, CRASH_CLUSTER__CLUSTER_KEY);
		createEAttribute(crashClusterEClass, CRASH_CLUSTER__BUGCHECK_CODE);
		createEAttribute(crashClusterEClass, CRASH_CLUSTER__FAULTING_MODULE);
		createEAttribute(crashClusterEClass, CRASH_CLUSTER__FAILURE_BUCKET);
		createEAttribute(crashClusterEClass, CRASH_CLUSTER__HOST_COUNT);

		outageEClass = createEClass(OUTAGE);
		createEAttribute(outageEClass, OUTAGE__SERVICE);
		createEAttribute(outageEClass, OUTAGE__SECTOR);
		createEAttribute(outageEClass, OUTAGE__START);
		createEAttribute(outageEClass, OUTAGE__END);
		createEReference(outageEClass, OUTAGE__AFFECTED_HOSTS);
		createEReference(outageEClass, OUTAGE__AFFECTED_GROUPS);
		createEAttribute(outageEClass, OUTAGE__SEVERITY);
		createEAttribute(outageEClass, OUTAGE__CUSTOMER_IMPACT);

		timelineEventEClass = createEClass(TIMELINE_EVENT);
		createEAttribute(timelineEventEClass, TIMELINE_EVENT__INSTANT);
		createEAttribute(timelineEventEClass, TIMELINE_EVENT__ORIGINAL_TIMESTAMP);
		createEAttribute(timelineEventEClass, TIMELINE_EVENT__ORIGINAL_ZONE);
		createEAttribute(timelineEventEClass, TIMELINE_EVENT__SOURCE);
		createEReference(timelineEventEClass, TIMELINE_EVENT__HOST);
		createEAttribute(timelineEventEClass, TIMELINE_EVENT__KIND);
		createEAttribute(timelineEventEClass, TIMELINE_EVENT__MESSAGE);
		createEAttribute(timelineEventEClass, TIMELINE_EVENT__TAGS);
		createEAttribute(timelineEventEClass, TIMELINE_EVENT__COMMENTS);
		createEAttribute(timelineEventEClass, TIMELINE_EVENT__STARRED);

		evidenceEClass = createEClass(EVIDENCE);
		createEAttribute(evidenceEClass, EVIDENCE__ORIGINAL_NAME);
		createEAttribute(evidenceEClass, EVIDENCE__PATH);
		createEAttribute(evidenceEClass, EVIDENCE__SHA256);
		createEAttribute(evidenceEClass, EVIDENCE__SIZE);
		createEAttribute(evidenceEClass, EVIDENCE__MEDIA_TYPE);
		createEAttribute(evidenceEClass, EVIDENCE__IMPORTER);
		createEAttribute(evidenceEClass, EVIDENCE__IMPORTED_AT);
		createEAttribute(evidenceEClass, EVIDENCE__IMPORTED_BY);
		createEAttribute(evidenceEClass, EVIDENCE__DESCRIPTION);
		createEAttribute(evidenceEClass, EVIDENCE__READ_ZONE);
		createEAttribute(evidenceEClass, EVIDENCE__READ_YEAR);

		recordAnnotationEClass = createEClass(RECORD_ANNOTATION);
		createEAttribute(recordAnnotationEClass, RECORD_ANNOTATION__RECORD_ID);
		createEReference(recordAnnotationEClass, RECORD_ANNOTATION__RECORD);
		createEAttribute(recordAnnotationEClass, RECORD_ANNOTATION__TAGS);
		createEAttribute(recordAnnotationEClass, RECORD_ANNOTATION__COMMENTS);
		createEAttribute(recordAnnotationEClass, RECORD_ANNOTATION__STARRED);

		evidenceRefEClass = createEClass(EVIDENCE_REF);
		createEReference(evidenceRefEClass, EVIDENCE_REF__EVIDENCE);
		createEAttribute(evidenceRefEClass, EVIDENCE_REF__LINE);
		createEAttribute(evidenceRefEClass, EVIDENCE_REF__BYTE_OFFSET);
		createEAttribute(evidenceRefEClass, EVIDENCE_REF__RECORD_ID);

		causalLinkEClass = createEClass(CAUSAL_LINK);
		createEReference(causalLinkEClass, CAUSAL_LINK__CAUSE);
		createEReference(causalLinkEClass, CAUSAL_LINK__EFFECT);
		createEAttribute(causalLinkEClass, CAUSAL_LINK__RELATION);
		createEAttribute(causalLinkEClass, CAUSAL_LINK__CONFIDENCE);
		createEAttribute(causalLinkEClass, CAUSAL_LINK__RATIONALE);

		remediationEClass = createEClass(REMEDIATION);
		createEAttribute(remediationEClass, REMEDIATION__ACTION);
		createEAttribute(remediationEClass, REMEDIATION__PERFORMED_AT);
		createEAttribute(remediationEClass, REMEDIATION__PERFORMED_BY);
		createEReference(remediationEClass, REMEDIATION__HOSTS);
		createEReference(remediationEClass, REMEDIATION__GROUPS);
		createEAttribute(remediationEClass, REMEDIATION__OUTCOME);

		rejectedProposalEClass = createEClass(REJECTED_PROPOSAL);
		createEAttribute(rejectedProposalEClass, REJECTED_PROPOSAL__PROPOSAL_ID);
		createEReference(rejectedProposalEClass, REJECTED_PROPOSAL__CAUSE);
		createEReference(rejectedProposalEClass, REJECTED_PROPOSAL__EFFECT);
		createEAttribute(rejectedProposalEClass, REJECTED_PROPOSAL__RELATION);
		createEAttribute(rejectedProposalEClass, REJECTED_PROPOSAL__PROPOSED_CONFIDENCE);
		createEAttribute(rejectedProposalEClass, REJECTED_PROPOSAL__PROPOSED_RATIONALE);
		createEAttribute(rejectedProposalEClass, REJECTED_PROPOSAL__REASON);
		createEAttribute(rejectedProposalEClass, REJECTED_PROPOSAL__REJECTED_AT);
		createEAttribute(rejectedProposalEClass, REJECTED_PROPOSAL__REJECTED_BY);

		// Create enums
		investigationStatusEEnum = createEEnum(INVESTIGATION_STATUS);
		severityEEnum = createEEnum(SEVERITY);
		hostStateEEnum = createEEnum(HOST_STATE);
		driverTypeEEnum = createEEnum(DRIVER_TYPE);
		startModeEEnum = createEEnum(START_MODE);
		updateKindEEnum = createEEnum(UPDATE_KIND);
		relationKindEEnum = createEEnum(RELATION_KIND);
		confidenceEEnum = createEEnum(CONFIDENCE);

		// Create data types
		instantEDataType = createEDataType(INSTANT);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		causalNodeEClass.getESuperTypes().add(this.getFact());
		incidentEClass.getESuperTypes().add(this.getFact());
		hostEClass.getESuperTypes().add(this.getCausalNode());
		hostStateChangeEClass.getESuperTypes().add(this.getFact());
		hostGroupEClass.getESuperTypes().add(this.getCausalNode());
		driverEClass.getESuperTypes().add(this.getCausalNode());
		updateEClass.getESuperTypes().add(this.getCausalNode());
		updateFileEClass.getESuperTypes().add(this.getFact());
		crashAnalysisEClass.getESuperTypes().add(this.getCausalNode());
		crashClusterEClass.getESuperTypes().add(this.getCausalNode());
		outageEClass.getESuperTypes().add(this.getCausalNode());
		timelineEventEClass.getESuperTypes().add(this.getCausalNode());
		causalLinkEClass.getESuperTypes().add(this.getFact());
		remediationEClass.getESuperTypes().add(this.getFact());
		rejectedProposalEClass.getESuperTypes().add(this.getFact());

		// Initialize classes, features, and operations; add parameters
		initEClass(investigationEClass, Investigation.class, "Investigation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInvestigation_Title(), ecorePackage.getEString(), "title", null, 0, 1, Investigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInvestigation_Summary(), ecorePackage.getEString(), "summary", null, 0, 1, Investigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInvestigation_Status(), this.getInvestigationStatus(), "status", null, 0, 1, Investigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInvestigation_Severity(), this.getSeverity(), "severity", null, 0, 1, Investigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInvestigation_DisplayTimeZone(), ecorePackage.getEString(), "displayTimeZone", "UTC", 0, 1, Investigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInvestigation_Created(), this.getInstant(), "created", null, 0, 1, Investigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInvestigation_Updated(), this.getInstant(), "updated", null, 0, 1, Investigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInvestigation_Analysts(), ecorePackage.getEString(), "analysts", null, 0, -1, Investigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInvestigation_Incidents(), this.getIncident(), null, "incidents", null, 0, -1, Investigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInvestigation_HostGroups(), this.getHostGroup(), null, "hostGroups", null, 0, -1, Investigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInvestigation_Hosts(), this.getHost(), null, "hosts", null, 0, -1, Investigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInvestigation_Drivers(), this.getDriver(), null, "drivers", null, 0, -1, Investigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInvestigation_Updates(), this.getUpdate(), null, "updates", null, 0, -1, Investigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInvestigation_CrashAnalyses(), this.getCrashAnalysis(), null, "crashAnalyses", null, 0, -1, Investigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInvestigation_CrashClusters(), this.getCrashCluster(), null, "crashClusters", null, 0, -1, Investigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInvestigation_Outages(), this.getOutage(), null, "outages", null, 0, -1, Investigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInvestigation_TimelineEvents(), this.getTimelineEvent(), null, "timelineEvents", null, 0, -1, Investigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInvestigation_Evidence(), this.getEvidence(), null, "evidence", null, 0, -1, Investigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInvestigation_CausalLinks(), this.getCausalLink(), null, "causalLinks", null, 0, -1, Investigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInvestigation_Remediations(), this.getRemediation(), null, "remediations", null, 0, -1, Investigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInvestigation_Annotations(), this.getRecordAnnotation(), null, "annotations", null, 0, -1, Investigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInvestigation_RejectedProposals(), this.getRejectedProposal(), null, "rejectedProposals", null, 0, -1, Investigation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(factEClass, Fact.class, "Fact", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFact_Description(), ecorePackage.getEString(), "description", null, 0, 1, Fact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFact_Reconstructed(), ecorePackage.getEBoolean(), "reconstructed", null, 0, 1, Fact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFact_Citations(), this.getEvidenceRef(), null, "citations", null, 0, -1, Fact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(causalNodeEClass, CausalNode.class, "CausalNode", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(incidentEClass, Incident.class, "Incident", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIncident_Title(), ecorePackage.getEString(), "title", null, 0, 1, Incident.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIncident_Start(), this.getInstant(), "start", null, 0, 1, Incident.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIncident_Detected(), this.getInstant(), "detected", null, 0, 1, Incident.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIncident_Mitigated(), this.getInstant(), "mitigated", null, 0, 1, Incident.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIncident_Resolved(), this.getInstant(), "resolved", null, 0, 1, Incident.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIncident_ImpactStatement(), ecorePackage.getEString(), "impactStatement", null, 0, 1, Incident.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(hostEClass, Host.class, "Host", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHost_Name(), ecorePackage.getEString(), "name", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_Domain(), ecorePackage.getEString(), "domain", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_OsName(), ecorePackage.getEString(), "osName", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_OsVersion(), ecorePackage.getEString(), "osVersion", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_OsBuild(), ecorePackage.getEString(), "osBuild", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_Site(), ecorePackage.getEString(), "site", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_Role(), ecorePackage.getEString(), "role", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_AgentVersions(), ecorePackage.getEString(), "agentVersions", null, 0, -1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHost_StateChanges(), this.getHostStateChange(), null, "stateChanges", null, 0, -1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHost_Groups(), this.getHostGroup(), this.getHostGroup_Representatives(), "groups", null, 0, -1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(hostStateChangeEClass, HostStateChange.class, "HostStateChange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHostStateChange_At(), this.getInstant(), "at", null, 0, 1, HostStateChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostStateChange_State(), this.getHostState(), "state", null, 0, 1, HostStateChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(hostGroupEClass, HostGroup.class, "HostGroup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHostGroup_Name(), ecorePackage.getEString(), "name", null, 0, 1, HostGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostGroup_Criteria(), ecorePackage.getEString(), "criteria", null, 0, 1, HostGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostGroup_HostCount(), ecorePackage.getELongObject(), "hostCount", null, 0, 1, HostGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostGroup_AffectedCount(), ecorePackage.getELongObject(), "affectedCount", null, 0, 1, HostGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostGroup_RecoveredCount(), ecorePackage.getELongObject(), "recoveredCount", null, 0, 1, HostGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostGroup_CountsAsOf(), this.getInstant(), "countsAsOf", null, 0, 1, HostGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHostGroup_Representatives(), this.getHost(), this.getHost_Groups(), "representatives", null, 0, -1, HostGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(driverEClass, Driver.class, "Driver", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDriver_FileName(), ecorePackage.getEString(), "fileName", null, 0, 1, Driver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDriver_ServiceName(), ecorePackage.getEString(), "serviceName", null, 0, 1, Driver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDriver_DisplayName(), ecorePackage.getEString(), "displayName", null, 0, 1, Driver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDriver_Vendor(), ecorePackage.getEString(), "vendor", null, 0, 1, Driver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDriver_Version(), ecorePackage.getEString(), "version", null, 0, 1, Driver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDriver_Type(), this.getDriverType(), "type", null, 0, 1, Driver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDriver_StartMode(), this.getStartMode(), "startMode", null, 0, 1, Driver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDriver_Signed(), ecorePackage.getEBoolean(), "signed", null, 0, 1, Driver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDriver_Signer(), ecorePackage.getEString(), "signer", null, 0, 1, Driver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDriver_Path(), ecorePackage.getEString(), "path", null, 0, 1, Driver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDriver_Sha256(), ecorePackage.getEString(), "sha256", null, 0, 1, Driver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDriver_LoadedOn(), this.getHost(), null, "loadedOn", null, 0, -1, Driver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(updateEClass, Update.class, "Update", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getUpdate_Vendor(), ecorePackage.getEString(), "vendor", null, 0, 1, Update.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdate_Product(), ecorePackage.getEString(), "product", null, 0, 1, Update.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdate_Kind(), this.getUpdateKind(), "kind", null, 0, 1, Update.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdate_Identifier(), ecorePackage.getEString(), "identifier", null, 0, 1, Update.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdate_Version(), ecorePackage.getEString(), "version", null, 0, 1, Update.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdate_ReleasedAt(), this.getInstant(), "releasedAt", null, 0, 1, Update.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdate_RevertedAt(), this.getInstant(), "revertedAt", null, 0, 1, Update.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdate_RolloutScope(), ecorePackage.getEString(), "rolloutScope", null, 0, 1, Update.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getUpdate_ConsumedBy(), this.getDriver(), null, "consumedBy", null, 0, -1, Update.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getUpdate_Files(), this.getUpdateFile(), null, "files", null, 0, -1, Update.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(updateFileEClass, UpdateFile.class, "UpdateFile", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getUpdateFile_Path(), ecorePackage.getEString(), "path", null, 0, 1, UpdateFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdateFile_Sha256(), ecorePackage.getEString(), "sha256", null, 0, 1, UpdateFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdateFile_Size(), ecorePackage.getELongObject(), "size", null, 0, 1, UpdateFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(crashAnalysisEClass, CrashAnalysis.class, "CrashAnalysis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCrashAnalysis_Host(), this.getHost(), null, "host", null, 0, 1, CrashAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCrashAnalysis_Time(), this.getInstant(), "time", null, 0, 1, CrashAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCrashAnalysis_BugcheckCode(), ecorePackage.getEString(), "bugcheckCode", null, 0, 1, CrashAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCrashAnalysis_BugcheckName(), ecorePackage.getEString(), "bugcheckName", null, 0, 1, CrashAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCrashAnalysis_Parameter1(), ecorePackage.getEString(), "parameter1", null, 0, 1, CrashAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCrashAnalysis_Parameter2(), ecorePackage.getEString(), "parameter2", null, 0, 1, CrashAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCrashAnalysis_Parameter3(), ecorePackage.getEString(), "parameter3", null, 0, 1, CrashAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCrashAnalysis_Parameter4(), ecorePackage.getEString(), "parameter4", null, 0, 1, CrashAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCrashAnalysis_FaultingModule(), ecorePackage.getEString(), "faultingModule", null, 0, 1, CrashAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCrashAnalysis_ImageName(), ecorePackage.getEString(), "imageName", null, 0, 1, CrashAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCrashAnalysis_ProcessName(), ecorePackage.getEString(), "processName", null, 0, 1, CrashAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCrashAnalysis_FailureBucket(), ecorePackage.getEString(), "failureBucket", null, 0, 1, CrashAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCrashAnalysis_SymbolName(), ecorePackage.getEString(), "symbolName", null, 0, 1, CrashAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCrashAnalysis_OsBuild(), ecorePackage.getEString(), "osBuild", null, 0, 1, CrashAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCrashAnalysis_Frames(), this.getStackFrame(), null, "frames", null, 0, -1, CrashAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCrashAnalysis_Cluster(), this.getCrashCluster(), this.getCrashCluster_Members(), "cluster", null, 0, 1, CrashAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stackFrameEClass, StackFrame.class, "StackFrame", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStackFrame_Index(), ecorePackage.getEInt(), "index", null, 0, 1, StackFrame.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStackFrame_Module(), ecorePackage.getEString(), "module", null, 0, 1, StackFrame.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStackFrame_Symbol(), ecorePackage.getEString(), "symbol", null, 0, 1, StackFrame.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStackFrame_Offset(), ecorePackage.getEString(), "offset", null, 0, 1, StackFrame.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStackFrame_Text(), ecorePackage.getEString(), "text", null, 0, 1, StackFrame.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(crashClusterEClass, CrashCluster.class, "CrashCluster", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCrashCluster_Name(), ecorePackage.getEString(), "name", null, 0, 1, CrashCluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCrashCluster_Signature(), ecorePackage.getEString(), "signature", null, 0, 1, CrashCluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCrashCluster_FirstSeen(), this.getInstant(), "firstSeen", null, 0, 1, CrashCluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCrashCluster_LastSeen(), this.getInstant(), "lastSeen", null, 0, 1, CrashCluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCrashCluster_CrashCount(), ecorePackage.getELongObject(), "crashCount", null, 0, 1, CrashCluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCrashCluster_Members(), this.getCrashAnalysis(), this.getCrashAnalysis_Cluster(), "members", null, 0, -1, CrashCluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCrashCluster_ClusterKey(), ecorePackage.getEString(), "clusterKey", null, 0, 1, CrashCluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCrashCluster_BugcheckCode(), ecorePackage.getEString(), "bugcheckCode", null, 0, 1, CrashCluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCrashCluster_FaultingModule(), ecorePackage.getEString(), "faultingModule", null, 0, 1, CrashCluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCrashCluster_FailureBucket(), ecorePackage.getEString(), "failureBucket", null, 0, 1, CrashCluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCrashCluster_HostCount(), ecorePackage.getELongObject(), "hostCount", null, 0, 1, CrashCluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(outageEClass, Outage.class, "Outage", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOutage_Service(), ecorePackage.getEString(), "service", null, 0, 1, Outage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutage_Sector(), ecorePackage.getEString(), "sector", null, 0, 1, Outage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutage_Start(), this.getInstant(), "start", null, 0, 1, Outage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutage_End(), this.getInstant(), "end", null, 0, 1, Outage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOutage_AffectedHosts(), this.getHost(), null, "affectedHosts", null, 0, -1, Outage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOutage_AffectedGroups(), this.getHostGroup(), null, "affectedGroups", null, 0, -1, Outage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutage_Severity(), this.getSeverity(), "severity", null, 0, 1, Outage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutage_CustomerImpact(), ecorePackage.getEString(), "customerImpact", null, 0, 1, Outage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(timelineEventEClass, TimelineEvent.class, "TimelineEvent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTimelineEvent_Instant(), this.getInstant(), "instant", null, 0, 1, TimelineEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimelineEvent_OriginalTimestamp(), ecorePackage.getEString(), "originalTimestamp", null, 0, 1, TimelineEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimelineEvent_OriginalZone(), ecorePackage.getEString(), "originalZone", null, 0, 1, TimelineEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimelineEvent_Source(), ecorePackage.getEString(), "source", null, 0, 1, TimelineEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTimelineEvent_Host(), this.getHost(), null, "host", null, 0, 1, TimelineEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimelineEvent_Kind(), ecorePackage.getEString(), "kind", null, 0, 1, TimelineEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimelineEvent_Message(), ecorePackage.getEString(), "message", null, 0, 1, TimelineEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimelineEvent_Tags(), ecorePackage.getEString(), "tags", null, 0, -1, TimelineEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimelineEvent_Comments(), ecorePackage.getEString(), "comments", null, 0, -1, TimelineEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimelineEvent_Starred(), ecorePackage.getEBoolean(), "starred", null, 0, 1, TimelineEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(evidenceEClass, Evidence.class, "Evidence", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEvidence_OriginalName(), ecorePackage.getEString(), "originalName", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidence_Path(), ecorePackage.getEString(), "path", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidence_Sha256(), ecorePackage.getEString(), "sha256", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidence_Size(), ecorePackage.getELong(), "size", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidence_MediaType(), ecorePackage.getEString(), "mediaType", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidence_Importer(), ecorePackage.getEString(), "importer", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidence_ImportedAt(), this.getInstant(), "importedAt", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidence_ImportedBy(), ecorePackage.getEString(), "importedBy", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidence_Description(), ecorePackage.getEString(), "description", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidence_ReadZone(), ecorePackage.getEString(), "readZone", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidence_ReadYear(), ecorePackage.getEIntegerObject(), "readYear", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(recordAnnotationEClass, RecordAnnotation.class, "RecordAnnotation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRecordAnnotation_RecordId(), ecorePackage.getEString(), "recordId", null, 0, 1, RecordAnnotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRecordAnnotation_Record(), this.getEvidenceRef(), null, "record", null, 0, 1, RecordAnnotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecordAnnotation_Tags(), ecorePackage.getEString(), "tags", null, 0, -1, RecordAnnotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecordAnnotation_Comments(), ecorePackage.getEString(), "comments", null, 0, -1, RecordAnnotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecordAnnotation_Starred(), ecorePackage.getEBoolean(), "starred", null, 0, 1, RecordAnnotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(evidenceRefEClass, EvidenceRef.class, "EvidenceRef", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEvidenceRef_Evidence(), this.getEvidence(), null, "evidence", null, 0, 1, EvidenceRef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidenceRef_Line(), ecorePackage.getELongObject(), "line", null, 0, 1, EvidenceRef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidenceRef_ByteOffset(), ecorePackage.getELongObject(), "byteOffset", null, 0, 1, EvidenceRef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidenceRef_RecordId(), ecorePackage.getEString(), "recordId", null, 0, 1, EvidenceRef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(causalLinkEClass, CausalLink.class, "CausalLink", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCausalLink_Cause(), this.getCausalNode(), null, "cause", null, 0, 1, CausalLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCausalLink_Effect(), this.getCausalNode(), null, "effect", null, 0, 1, CausalLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCausalLink_Relation(), this.getRelationKind(), "relation", null, 0, 1, CausalLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCausalLink_Confidence(), this.getConfidence(), "confidence", null, 0, 1, CausalLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCausalLink_Rationale(), ecorePackage.getEString(), "rationale", null, 0, 1, CausalLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(remediationEClass, Remediation.class, "Remediation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRemediation_Action(), ecorePackage.getEString(), "action", null, 0, 1, Remediation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRemediation_PerformedAt(), this.getInstant(), "performedAt", null, 0, 1, Remediation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRemediation_PerformedBy(), ecorePackage.getEString(), "performedBy", null, 0, 1, Remediation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRemediation_Hosts(), this.getHost(), null, "hosts", null, 0, -1, Remediation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRemediation_Groups(), this.getHostGroup(), null, "groups", null, 0, -1, Remediation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRemediation_Outcome(), ecorePackage.getEString(), "outcome", null, 0, 1, Remediation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(rejectedProposalEClass, RejectedProposal.class, "RejectedProposal", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRejectedProposal_ProposalId(), ecorePackage.getEString(), "proposalId", null, 0, 1, RejectedProposal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRejectedProposal_Cause(), this.getCausalNode(), null, "cause", null, 0, 1, RejectedProposal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRejectedProposal_Effect(), this.getCausalNode(), null, "effect", null, 0, 1, RejectedProposal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRejectedProposal_Relation(), this.getRelationKind(), "relation", null, 0, 1, RejectedProposal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRejectedProposal_ProposedConfidence(), ecorePackage.getELongObject(), "proposedConfidence", null, 0, 1, RejectedProposal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRejectedProposal_ProposedRationale(), ecorePackage.getEString(), "proposedRationale", null, 0, 1, RejectedProposal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRejectedProposal_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, RejectedProposal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRejectedProposal_RejectedAt(), this.getInstant(), "rejectedAt", null, 0, 1, RejectedProposal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRejectedProposal_RejectedBy(), ecorePackage.getEString(), "rejectedBy", null, 0, 1, RejectedProposal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(investigationStatusEEnum, InvestigationStatus.class, "InvestigationStatus");
		addEEnumLiteral(investigationStatusEEnum, InvestigationStatus.OPEN);
		addEEnumLiteral(investigationStatusEEnum, InvestigationStatus.MONITORING);
		addEEnumLiteral(investigationStatusEEnum, InvestigationStatus.RESOLVED);
		addEEnumLiteral(investigationStatusEEnum, InvestigationStatus.CLOSED);

		initEEnum(severityEEnum, Severity.class, "Severity");
		addEEnumLiteral(severityEEnum, Severity.UNKNOWN);
		addEEnumLiteral(severityEEnum, Severity.LOW);
		addEEnumLiteral(severityEEnum, Severity.MEDIUM);
		addEEnumLiteral(severityEEnum, Severity.HIGH);
		addEEnumLiteral(severityEEnum, Severity.CRITICAL);

		initEEnum(hostStateEEnum, HostState.class, "HostState");
		addEEnumLiteral(hostStateEEnum, HostState.UNKNOWN);
		addEEnumLiteral(hostStateEEnum, HostState.HEALTHY);
		addEEnumLiteral(hostStateEEnum, HostState.CRASHED);
		addEEnumLiteral(hostStateEEnum, HostState.BOOT_LOOPING);
		addEEnumLiteral(hostStateEEnum, HostState.RECOVERED);

		initEEnum(driverTypeEEnum, DriverType.class, "DriverType");
		addEEnumLiteral(driverTypeEEnum, DriverType.UNKNOWN);
		addEEnumLiteral(driverTypeEEnum, DriverType.KERNEL);
		addEEnumLiteral(driverTypeEEnum, DriverType.FILE_SYSTEM);
		addEEnumLiteral(driverTypeEEnum, DriverType.FILE_SYSTEM_FILTER);
		addEEnumLiteral(driverTypeEEnum, DriverType.USER_MODE);
		addEEnumLiteral(driverTypeEEnum, DriverType.CONTENT_FILE);

		initEEnum(startModeEEnum, StartMode.class, "StartMode");
		addEEnumLiteral(startModeEEnum, StartMode.UNKNOWN);
		addEEnumLiteral(startModeEEnum, StartMode.BOOT);
		addEEnumLiteral(startModeEEnum, StartMode.SYSTEM);
		addEEnumLiteral(startModeEEnum, StartMode.AUTO);
		addEEnumLiteral(startModeEEnum, StartMode.DEMAND);
		addEEnumLiteral(startModeEEnum, StartMode.DISABLED);

		initEEnum(updateKindEEnum, UpdateKind.class, "UpdateKind");
		addEEnumLiteral(updateKindEEnum, UpdateKind.SENSOR_RELEASE);
		addEEnumLiteral(updateKindEEnum, UpdateKind.CONTENT);
		addEEnumLiteral(updateKindEEnum, UpdateKind.OS_PATCH);
		addEEnumLiteral(updateKindEEnum, UpdateKind.CONFIGURATION);

		initEEnum(relationKindEEnum, RelationKind.class, "RelationKind");
		addEEnumLiteral(relationKindEEnum, RelationKind.TRIGGERS);
		addEEnumLiteral(relationKindEEnum, RelationKind.LOADED_BY);
		addEEnumLiteral(relationKindEEnum, RelationKind.CRASHES);
		addEEnumLiteral(relationKindEEnum, RelationKind.CAUSES_OUTAGE);
		addEEnumLiteral(relationKindEEnum, RelationKind.MITIGATES);

		initEEnum(confidenceEEnum, Confidence.class, "Confidence");
		addEEnumLiteral(confidenceEEnum, Confidence.UNASSESSED);
		addEEnumLiteral(confidenceEEnum, Confidence.LOW);
		addEEnumLiteral(confidenceEEnum, Confidence.MEDIUM);
		addEEnumLiteral(confidenceEEnum, Confidence.HIGH);
		addEEnumLiteral(confidenceEEnum, Confidence.CONFIRMED);

		// Initialize data types
		initEDataType(instantEDataType, Instant.class, "Instant", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //FaultlinePackageImpl
