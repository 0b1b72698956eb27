/**
 */
package dev.faultline.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Driver</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A driver (or driver-like file) involved in the incident.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.faultline.model.Driver#getFileName <em>File Name</em>}</li>
 *   <li>{@link dev.faultline.model.Driver#getServiceName <em>Service Name</em>}</li>
 *   <li>{@link dev.faultline.model.Driver#getDisplayName <em>Display Name</em>}</li>
 *   <li>{@link dev.faultline.model.Driver#getVendor <em>Vendor</em>}</li>
 *   <li>{@link dev.faultline.model.Driver#getVersion <em>Version</em>}</li>
 *   <li>{@link dev.faultline.model.Driver#getType <em>Type</em>}</li>
 *   <li>{@link dev.faultline.model.Driver#getStartMode <em>Start Mode</em>}</li>
 *   <li>{@link dev.faultline.model.Driver#isSigned <em>Signed</em>}</li>
 *   <li>{@link dev.faultline.model.Driver#getSigner <em>Signer</em>}</li>
 *   <li>{@link dev.faultline.model.Driver#getPath <em>Path</em>}</li>
 *   <li>{@link dev.faultline.model.Driver#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link dev.faultline.model.Driver#getLoadedOn <em>Loaded On</em>}</li>
 * </ul>
 *
 * @see dev.faultline.model.FaultlinePackage#getDriver()
 * @model
 * @generated
 */
public interface Driver extends CausalNode {
	/**
	 * Returns the value of the '<em><b>File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * File name, e.g. csagent.sys.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File Name</em>' attribute.
	 * @see #setFileName(String)
	 * @see dev.faultline.model.FaultlinePackage#getDriver_FileName()
	 * @model
	 * @generated
	 */
	String getFileName();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Driver#getFileName <em>File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File Name</em>' attribute.
	 * @see #getFileName()
	 * @generated
	 */
	void setFileName(String value);

	/**
	 * Returns the value of the '<em><b>Service Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Service (module) name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Service Name</em>' attribute.
	 * @see #setServiceName(String)
	 * @see dev.faultline.model.FaultlinePackage#getDriver_ServiceName()
	 * @model
	 * @generated
	 */
	String getServiceName();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Driver#getServiceName <em>Service Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service Name</em>' attribute.
	 * @see #getServiceName()
	 * @generated
	 */
	void setServiceName(String value);

	/**
	 * Returns the value of the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Display name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Display Name</em>' attribute.
	 * @see #setDisplayName(String)
	 * @see dev.faultline.model.FaultlinePackage#getDriver_DisplayName()
	 * @model
	 * @generated
	 */
	String getDisplayName();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Driver#getDisplayName <em>Display Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Display Name</em>' attribute.
	 * @see #getDisplayName()
	 * @generated
	 */
	void setDisplayName(String value);

	/**
	 * Returns the value of the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Vendor.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vendor</em>' attribute.
	 * @see #setVendor(String)
	 * @see dev.faultline.model.FaultlinePackage#getDriver_Vendor()
	 * @model
	 * @generated
	 */
	String getVendor();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Driver#getVendor <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vendor</em>' attribute.
	 * @see #getVendor()
	 * @generated
	 */
	void setVendor(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * File version.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see dev.faultline.model.FaultlinePackage#getDriver_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Driver#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.faultline.model.DriverType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Driver type as reported by driverquery.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see dev.faultline.model.DriverType
	 * @see #setType(DriverType)
	 * @see dev.faultline.model.FaultlinePackage#getDriver_Type()
	 * @model
	 * @generated
	 */
	DriverType getType();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Driver#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see dev.faultline.model.DriverType
	 * @see #getType()
	 * @generated
	 */
	void setType(DriverType value);

	/**
	 * Returns the value of the '<em><b>Start Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.faultline.model.StartMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Start mode.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Mode</em>' attribute.
	 * @see dev.faultline.model.StartMode
	 * @see #setStartMode(StartMode)
	 * @see dev.faultline.model.FaultlinePackage#getDriver_StartMode()
	 * @model
	 * @generated
	 */
	StartMode getStartMode();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Driver#getStartMode <em>Start Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Mode</em>' attribute.
	 * @see dev.faultline.model.StartMode
	 * @see #getStartMode()
	 * @generated
	 */
	void setStartMode(StartMode value);

	/**
	 * Returns the value of the '<em><b>Signed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the file is signed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Signed</em>' attribute.
	 * @see #setSigned(boolean)
	 * @see dev.faultline.model.FaultlinePackage#getDriver_Signed()
	 * @model
	 * @generated
	 */
	boolean isSigned();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Driver#isSigned <em>Signed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signed</em>' attribute.
	 * @see #isSigned()
	 * @generated
	 */
	void setSigned(boolean value);

	/**
	 * Returns the value of the '<em><b>Signer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Signer of the file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Signer</em>' attribute.
	 * @see #setSigner(String)
	 * @see dev.faultline.model.FaultlinePackage#getDriver_Signer()
	 * @model
	 * @generated
	 */
	String getSigner();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Driver#getSigner <em>Signer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signer</em>' attribute.
	 * @see #getSigner()
	 * @generated
	 */
	void setSigner(String value);

	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path on the host.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see dev.faultline.model.FaultlinePackage#getDriver_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Driver#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SHA-256 of the file, lower-case hex.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sha256</em>' attribute.
	 * @see #setSha256(String)
	 * @see dev.faultline.model.FaultlinePackage#getDriver_Sha256()
	 * @model
	 * @generated
	 */
	String getSha256();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Driver#getSha256 <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sha256</em>' attribute.
	 * @see #getSha256()
	 * @generated
	 */
	void setSha256(String value);

	/**
	 * Returns the value of the '<em><b>Loaded On</b></em>' reference list.
	 * The list contents are of type {@link dev.faultline.model.Host}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hosts where the driver is loaded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Loaded On</em>' reference list.
	 * @see dev.faultline.model.FaultlinePackage#getDriver_LoadedOn()
	 * @model
	 * @generated
	 */
	EList<Host> getLoadedOn();

} // Driver
