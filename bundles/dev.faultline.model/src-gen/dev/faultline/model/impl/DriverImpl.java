/**
 */
package dev.faultline.model.impl;

import dev.faultline.model.Driver;
import dev.faultline.model.DriverType;
import dev.faultline.model.FaultlinePackage;
import dev.faultline.model.Host;
import dev.faultline.model.StartMode;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Driver</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.faultline.model.impl.DriverImpl#getFileName <em>File Name</em>}</li>
 *   <li>{@link dev.faultline.model.impl.DriverImpl#getServiceName <em>Service Name</em>}</li>
 *   <li>{@link dev.faultline.model.impl.DriverImpl#getDisplayName <em>Display Name</em>}</li>
 *   <li>{@link dev.faultline.model.impl.DriverImpl#getVendor <em>Vendor</em>}</li>
 *   <li>{@link dev.faultline.model.impl.DriverImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link dev.faultline.model.impl.DriverImpl#getType <em>Type</em>}</li>
 *   <li>{@link dev.faultline.model.impl.DriverImpl#getStartMode <em>Start Mode</em>}</li>
 *   <li>{@link dev.faultline.model.impl.DriverImpl#isSigned <em>Signed</em>}</li>
 *   <li>{@link dev.faultline.model.impl.DriverImpl#getSigner <em>Signer</em>}</li>
 *   <li>{@link dev.faultline.model.impl.DriverImpl#getPath <em>Path</em>}</li>
 *   <li>{@link dev.faultline.model.impl.DriverImpl#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link dev.faultline.model.impl.DriverImpl#getLoadedOn <em>Loaded On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DriverImpl extends CausalNodeImpl implements Driver {
	/**
	 * The default value of the '{@link #getFileName() <em>File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileName()
	 * @generated
	 * @ordered
	 */
	protected static final String FILE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFileName() <em>File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileName()
	 * @generated
	 * @ordered
	 */
	protected String fileName = FILE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getServiceName() <em>Service Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceName()
	 * @generated
	 * @ordered
	 */
	protected static final String SERVICE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getServiceName() <em>Service Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceName()
	 * @generated
	 * @ordered
	 */
	protected String serviceName = SERVICE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDisplayName() <em>Display Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisplayName()
	 * @generated
	 * @ordered
	 */
	protected static final String DISPLAY_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDisplayName() <em>Display Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisplayName()
	 * @generated
	 * @ordered
	 */
	protected String displayName = DISPLAY_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendor()
	 * @generated
	 * @ordered
	 */
	protected static final String VENDOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendor()
	 * @generated
	 * @ordered
	 */
	protected String vendor = VENDOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final DriverType TYPE_EDEFAULT = DriverType.UNKNOWN;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected DriverType type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartMode() <em>Start Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartMode()
	 * @generated
	 * @ordered
	 */
	protected static final StartMode START_MODE_EDEFAULT = StartMode.UNKNOWN;

	/**
	 * The cached value of the '{@link #getStartMode() <em>Start Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartMode()
	 * @generated
	 * @ordered
	 */
	protected StartMode startMode = START_MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #isSigned() <em>Signed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSigned()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SIGNED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSigned() <em>Signed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSigned()
	 * @generated
	 * @ordered
	 */
	protected boolean signed = SIGNED_EDEFAULT;

	/**
	 * The default value of the '{@link #getSigner() <em>Signer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSigner()
	 * @generated
	 * @ordered
	 */
	protected static final String SIGNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSigner() <em>Signer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSigner()
	 * @generated
	 * @ordered
	 */
	protected String signer = SIGNER_EDEFAULT;

	/**
	 * The default value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected static final String PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected String path = PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getSha256() <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256()
	 * @generated
	 * @ordered
	 */
	protected static final String SHA256_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSha256() <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256()
	 * @generated
	 * @ordered
	 */
	protected String sha256 = SHA256_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLoadedOn() <em>Loaded On</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoadedOn()
	 * @generated
	 * @ordered
	 */
	protected EList<Host> loadedOn;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DriverImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FaultlinePackage.Literals.DRIVER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFileName() {
		return fileName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFileName(String newFileName) {
		String oldFileName = fileName;
		fileName = newFileName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.DRIVER__FILE_NAME, oldFileName, fileName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getServiceName() {
		return serviceName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServiceName(String newServiceName) {
		String oldServiceName = serviceName;
		serviceName = newServiceName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.DRIVER__SERVICE_NAME, oldServiceName, serviceName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDisplayName() {
		return displayName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisplayName(String newDisplayName) {
		String oldDisplayName = displayName;
		displayName = newDisplayName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.DRIVER__DISPLAY_NAME, oldDisplayName, displayName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVendor() {
		return vendor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVendor(String newVendor) {
		String oldVendor = vendor;
		vendor = newVendor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.DRIVER__VENDOR, oldVendor, vendor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.DRIVER__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DriverType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(DriverType newType) {
		DriverType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.DRIVER__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StartMode getStartMode() {
		return startMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartMode(StartMode newStartMode) {
		StartMode oldStartMode = startMode;
		startMode = newStartMode == null ? START_MODE_EDEFAULT : newStartMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.DRIVER__START_MODE, oldStartMode, startMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSigned() {
		return signed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSigned(boolean newSigned) {
		boolean oldSigned = signed;
		signed = newSigned;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.DRIVER__SIGNED, oldSigned, signed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSigner() {
		return signer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSigner(String newSigner) {
		String oldSigner = signer;
		signer = newSigner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.DRIVER__SIGNER, oldSigner, signer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPath() {
		return path;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPath(String newPath) {
		String oldPath = path;
		path = newPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.DRIVER__PATH, oldPath, path));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSha256() {
		return sha256;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSha256(String newSha256) {
		String oldSha256 = sha256;
		sha256 = newSha256;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.DRIVER__SHA256, oldSha256, sha256));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Host> getLoadedOn() {
		if (loadedOn == null) {
			loadedOn = new EObjectResolvingEList<Host>(Host.class, this, FaultlinePackage.DRIVER__LOADED_ON);
		}
		return loadedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FaultlinePackage.DRIVER__FILE_NAME:
				return getFileName();
			case FaultlinePackage.DRIVER__SERVICE_NAME:
				return getServiceName();
			case FaultlinePackage.DRIVER__DISPLAY_NAME:
				return getDisplayName();
			case FaultlinePackage.DRIVER__VENDOR:
				return getVendor();
			case FaultlinePackage.DRIVER__VERSION:
				return getVersion();
			case FaultlinePackage.DRIVER__TYPE:
				return getType();
			case FaultlinePackage.DRIVER__START_MODE:
				return getStartMode();
			case FaultlinePackage.DRIVER__SIGNED:
				return isSigned();
			case FaultlinePackage.DRIVER__SIGNER:
				return getSigner();
			case FaultlinePackage.DRIVER__PATH:
				return getPath();
			case FaultlinePackage.DRIVER__SHA256:
				return getSha256();
			case FaultlinePackage.DRIVER__LOADED_ON:
				return getLoadedOn();
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
			case FaultlinePackage.DRIVER__FILE_NAME:
				setFileName((String)newValue);
				return;
			case FaultlinePackage.DRIVER__SERVICE_NAME:
				setServiceName((String)newValue);
				return;
			case FaultlinePackage.DRIVER__DISPLAY_NAME:
				setDisplayName((String)newValue);
				return;
			case FaultlinePackage.DRIVER__VENDOR:
				setVendor((String)newValue);
				return;
			case FaultlinePackage.DRIVER__VERSION:
				setVersion((String)newValue);
				return;
			case FaultlinePackage.DRIVER__TYPE:
				setType((DriverType)newValue);
				return;
			case FaultlinePackage.DRIVER__START_MODE:
				setStartMode((StartMode)newValue);
				return;
			case FaultlinePackage.DRIVER__SIGNED:
				setSigned((Boolean)newValue);
				return;
			case FaultlinePackage.DRIVER__SIGNER:
				setSigner((String)newValue);
				return;
			case FaultlinePackage.DRIVER__PATH:
				setPath((String)newValue);
				return;
			case FaultlinePackage.DRIVER__SHA256:
				setSha256((String)newValue);
				return;
			case FaultlinePackage.DRIVER__LOADED_ON:
				getLoadedOn().clear();
				getLoadedOn().addAll((Collection<? extends Host>)newValue);
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
			case FaultlinePackage.DRIVER__FILE_NAME:
				setFileName(FILE_NAME_EDEFAULT);
				return;
			case FaultlinePackage.DRIVER__SERVICE_NAME:
				setServiceName(SERVICE_NAME_EDEFAULT);
				return;
			case FaultlinePackage.DRIVER__DISPLAY_NAME:
				setDisplayName(DISPLAY_NAME_EDEFAULT);
				return;
			case FaultlinePackage.DRIVER__VENDOR:
				setVendor(VENDOR_EDEFAULT);
				return;
			case FaultlinePackage.DRIVER__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case FaultlinePackage.DRIVER__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case FaultlinePackage.DRIVER__START_MODE:
				setStartMode(START_MODE_EDEFAULT);
				return;
			case FaultlinePackage.DRIVER__SIGNED:
				setSigned(SIGNED_EDEFAULT);
				return;
			case FaultlinePackage.DRIVER__SIGNER:
				setSigner(SIGNER_EDEFAULT);
				return;
			case FaultlinePackage.DRIVER__PATH:
				setPath(PATH_EDEFAULT);
				return;
			case FaultlinePackage.DRIVER__SHA256:
				setSha256(SHA256_EDEFAULT);
				return;
			case FaultlinePackage.DRIVER__LOADED_ON:
				getLoadedOn().clear();
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
			case FaultlinePackage.DRIVER__FILE_NAME:
				return FILE_NAME_EDEFAULT == null ? fileName != null : !FILE_NAME_EDEFAULT.equals(fileName);
			case FaultlinePackage.DRIVER__SERVICE_NAME:
				return SERVICE_NAME_EDEFAULT == null ? serviceName != null : !SERVICE_NAME_EDEFAULT.equals(serviceName);
			case FaultlinePackage.DRIVER__DISPLAY_NAME:
				return DISPLAY_NAME_EDEFAULT == null ? displayName != null : !DISPLAY_NAME_EDEFAULT.equals(displayName);
			case FaultlinePackage.DRIVER__VENDOR:
				return VENDOR_EDEFAULT == null ? vendor != null : !VENDOR_EDEFAULT.equals(vendor);
			case FaultlinePackage.DRIVER__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case FaultlinePackage.DRIVER__TYPE:
				return type != TYPE_EDEFAULT;
			case FaultlinePackage.DRIVER__START_MODE:
				return startMode != START_MODE_EDEFAULT;
			case FaultlinePackage.DRIVER__SIGNED:
				return signed != SIGNED_EDEFAULT;
			case FaultlinePackage.DRIVER__SIGNER:
				return SIGNER_EDEFAULT == null ? signer != null : !SIGNER_EDEFAULT.equals(signer);
			case FaultlinePackage.DRIVER__PATH:
				return PATH_EDEFAULT == null ? path != null : !PATH_EDEFAULT.equals(path);
			case FaultlinePackage.DRIVER__SHA256:
				return SHA256_EDEFAULT == null ? sha256 != null : !SHA256_EDEFAULT.equals(sha256);
			case FaultlinePackage.DRIVER__LOADED_ON:
				return loadedOn != null && !loadedOn.isEmpty();
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
		result.append(" (fileName: ");
		result.append(fileName);
		result.append(", serviceName: ");
		result.append(serviceName);
		result.append(", displayName: ");
		result.append(displayName);
		result.append(", vendor: ");
		result.append(vendor);
		result.append(", version: ");
		result.append(version);
		result.append(", type: ");
		result.append(type);
		result.append(", startMode: ");
		result.append(startMode);
		result.append(", signed: ");
		result.append(signed);
		result.append(", signer: ");
		result.append(signer);
		result.append(", path: ");
		result.append(path);
		result.append(", sha256: ");
		result.append(sha256);
		result.append(')');
		return result.toString();
	}

} //DriverImpl
